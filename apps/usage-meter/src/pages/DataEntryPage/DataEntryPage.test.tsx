import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { USAGE_FIGURES, validationProblem } from '@sw/mocks';
import { setupMockApi } from '../../testing/mockApi.ts';
import { renderUsageMeter } from '../../testing/renderUsageMeter.tsx';
import { DataEntryPage } from './DataEntryPage.tsx';

const server = setupMockApi();

const yantianGoods = USAGE_FIGURES.find(
  (f) => f.business === 'goods' && f.port === 'yantian' && f.month === '2021-12',
)!;

function chooseFile(lines: string[], name = 'counts.csv') {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  const file = new File([lines.join('\n')], name, { type: 'text/csv' });
  fireEvent.change(input, { target: { files: [file] } });
}

async function renderAsAdmin(locale: 'zh-CN' | 'en' = 'zh-CN') {
  const view = renderUsageMeter(DataEntryPage, { url: '/usage/data-entry', user: 'admin', locale });
  await screen.findByText(locale === 'en' ? 'Choose a file' : '选择文件');
  return view;
}

async function storedFigure(query: string) {
  const response = await fetch(`http://localhost/api/usage/figures?${query}`);
  return ((await response.json()) as { items: Array<{ singleWindow: number; revision: number }> }).items;
}

const previewRows = () =>
  within(screen.getByRole('table', { name: '上传预览' }))
    .getAllByRole('row')
    .slice(1);

// A whole page in happy-dom, on a busy machine too: more than the default 5 s.
describe('DataEntryPage', { timeout: 20_000 }, () => {
  it('is for the single-window team only', async () => {
    renderUsageMeter(DataEntryPage, { url: '/usage/data-entry', user: 'operator-yict' });
    expect(await screen.findByText('数据录入仅限单一窗口专项小组（市商务局）')).toBeTruthy();
    expect(document.querySelector('input[type="file"]')).toBeNull();
  });

  it('shows what is wrong with each line of a bad file and writes nothing', async () => {
    await renderAsAdmin();
    chooseFile([
      '月份,口岸,业务,单一窗口申报量,申报总量',
      '2021-12,盐田港,货物申报,100,90',
      '2021-11,蛇口港,舱单申报,-5,100',
      '2021-12,盐田港,货物申报,10,20',
      '2021-10,Atlantis,货物申报,1,2',
    ]);
    expect(await screen.findByText('有 4 行有误，未写入任何数据。请修改文件后重新选择。')).toBeTruthy();
    const [first, second, third, fourth] = previewRows();
    expect(within(first!).getByText('单一窗口申报量（100）大于申报总量（90）。')).toBeTruthy();
    expect(within(second!).getByText('单一窗口申报量不能为负数（-5）。')).toBeTruthy();
    expect(within(third!).getByText('与第 2 行的月份、口岸和业务重复。')).toBeTruthy();
    expect(within(fourth!).getByText('口岸“Atlantis”无法识别。')).toBeTruthy();
    expect(screen.getByRole('button', { name: '确认导入' })).toHaveProperty('disabled', true);
    expect((await storedFigure('business=goods&port=yantian&from=2021-12'))[0]).toMatchObject({ revision: 1 });
  });

  it('previews new figures and corrections, then imports them with their source', async () => {
    await renderAsAdmin();
    chooseFile([
      'Month,Port,Business,Single-window declarations,All declarations',
      `2021-12,Yantian Port,Goods declaration,${yantianGoods.total},${yantianGoods.total}`,
      '2022-01,mawan,transport,300,301',
    ]);
    const summary = await screen.findByText('共 2 行：新增 1，更正 1，不变 0，有误 0');
    expect(summary).toBeTruthy();
    const [correction, created] = previewRows();
    expect(
      within(correction!).getByText(
        `更正（原为 ${yantianGoods.singleWindow.toLocaleString('zh-CN')} / ${yantianGoods.total.toLocaleString('zh-CN')}）`,
      ),
    ).toBeTruthy();
    expect(within(created!).getByText('新增')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '确认导入' }));
    expect(await screen.findByText('请填写数据来源，它会显示在每个数字旁边。')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('数据来源'), { target: { value: '深圳海关 2022 年 1 月统计月报' } });
    fireEvent.click(screen.getByRole('button', { name: '确认导入' }));
    expect(await screen.findByText('已导入 2 行')).toBeTruthy();
    expect(await storedFigure('business=goods&port=yantian&from=2021-12')).toEqual([
      expect.objectContaining({
        singleWindow: yantianGoods.total,
        revision: 2,
        source: '深圳海关 2022 年 1 月统计月报',
      }),
    ]);
  });

  it("shows the API's refusal beside the rows, keeping the file and the source", async () => {
    server.use(
      http.post('*/api/usage/imports', () =>
        validationProblem([
          { path: 'rows.0.month', message: '2021-12 is not over yet', code: 'usage.month_in_future' },
        ]),
      ),
    );
    await renderAsAdmin('en');
    chooseFile(['month,port,business,singleWindow,total', '2021-12,yantian,goods,5,6']);
    await screen.findByText('1 row: 0 new, 1 corrections, 0 unchanged, 0 with errors');
    fireEvent.change(screen.getByLabelText('Source of the figures'), { target: { value: 'Customs' } });
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('2021-12 is not over yet; only past months can be entered.')).toBeTruthy();
    expect(screen.getByLabelText('Source of the figures')).toHaveProperty('value', 'Customs');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Import' })).toHaveProperty('disabled', true));
  });

  it('refuses a file without the needed columns, naming them', async () => {
    await renderAsAdmin();
    chooseFile(['月份,口岸,申报总量', '2021-12,盐田港,5']);
    expect(await screen.findByText('缺少列：业务、单一窗口申报量。请使用模板中的表头。')).toBeTruthy();
  });
});
