import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PORTS, USAGE_FIGURES, demoUsageRevisions } from '@sw/mocks';
import { useUsageNames } from '../../format/useUsageNames.ts';
import { setupMockApi } from '../../testing/mockApi.ts';
import { renderUsageMeter } from '../../testing/renderUsageMeter.tsx';
import { RevisionHistory } from './RevisionHistory.tsx';

setupMockApi();

const corrected = USAGE_FIGURES.find((f) => f.business === 'goods' && f.port === 'huanggang' && f.month === '2020-06')!;

describe('RevisionHistory', () => {
  it('lists every version of a corrected figure, the current one first, with the note', async () => {
    function History() {
      return <RevisionHistory figure={corrected} names={useUsageNames(PORTS)} />;
    }
    renderUsageMeter(History, { locale: 'zh-CN' });
    fireEvent.click(screen.getByRole('button', { name: '修订记录: 皇岗口岸 · 货物申报 · 2020年6月' }));
    const dialog = await screen.findByRole('dialog');
    const [current, original] = demoUsageRevisions(corrected);
    await within(dialog).findByText(current!.note!);
    const rows = within(dialog).getAllByRole('row');
    expect(rows.slice(1).map((row) => within(row).getAllByRole('cell')[2]!.textContent)).toEqual([
      current!.singleWindow.toLocaleString('zh-CN'),
      original!.singleWindow.toLocaleString('zh-CN'),
    ]);
    expect(within(dialog).getByText('当前')).toBeTruthy();
    expect(within(dialog).getByText(current!.note!)).toBeTruthy();
  });

  it('offers nothing for a figure never corrected', () => {
    function History() {
      return <RevisionHistory figure={{ ...corrected, revision: 1 }} names={useUsageNames(PORTS)} />;
    }
    renderUsageMeter(History);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
