import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as Ui from '@sw/ui';
import { usageRate, type UsageBusiness } from '@sw/contracts';
import { USAGE_FIGURES, problemResponse } from '@sw/mocks';
import { setupMockApi } from '../../testing/mockApi.ts';
import { renderUsageMeter } from '../../testing/renderUsageMeter.tsx';
import { UsagePage } from './UsagePage.tsx';

vi.mock('@sw/ui', async (importOriginal) => ({
  ...(await importOriginal<typeof Ui>()),
  Chart: (await import('../../testing/stubChart.tsx')).StubChart,
}));

const server = setupMockApi();
afterEach(() => vi.useRealTimers());

/** The city's (or some ports') rate of a business in a month, from the demo data. */
function rateOf(business: UsageBusiness, month: string, ports?: string[]) {
  const figures = USAGE_FIGURES.filter(
    (f) => f.business === business && f.month === month && (!ports || ports.includes(f.port)),
  );
  return usageRate(
    figures.reduce((s, f) => s + f.singleWindow, 0),
    figures.reduce((s, f) => s + f.total, 0),
  )!;
}
const percent = (rate: number, locale = 'zh-CN') =>
  new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    Math.floor(rate * 1000) / 1000,
  );

async function renderPage(url = '/usage', locale: 'zh-CN' | 'en' = 'zh-CN') {
  const view = renderUsageMeter(UsagePage, { url, locale });
  await screen.findAllByRole('meter', {}, { timeout: 5000 });
  return view;
}
const meterCard = (name: string) => screen.getByRole('article', { name });

// A whole page in happy-dom, on a busy machine too: more than the default 5 s.
describe('UsagePage', { timeout: 20_000 }, () => {
  it('shows a meter per business toward the 100% target with the gap, date and demo label', async () => {
    await renderPage();
    expect(screen.getByRole('heading', { level: 2, name: '单一窗口应用率' })).toBeTruthy();
    const goods = meterCard('货物申报');
    expect(within(goods).getByText(percent(rateOf('goods', '2021-12')))).toBeTruthy();
    expect(within(goods).getByText('2021年12月')).toBeTruthy();
    expect(within(goods).getByText('目标：2020年12月31日前达到 100%')).toBeTruthy();
    expect(within(goods).getByText(/^距目标还差 \d+\.\d 个百分点$/)).toBeTruthy();
    expect(within(goods).getByText(`目标期限（2020年12月）时为 ${percent(rateOf('goods', '2020-12'))}`)).toBeTruthy();
    expect(within(goods).getByText('演示数据')).toBeTruthy();
    expect(within(goods).getByRole('meter', { name: '货物申报应用率' }).getAttribute('aria-valuenow')).toBe(
      String(Math.round(rateOf('goods', '2021-12') * 1000) / 10),
    );
    // Manifest declaration reached 100% at every port.
    expect(within(meterCard('舱单申报')).getByText(/^自\d{4}年\d{1,2}月起达到 100%$/)).toBeTruthy();
    expect(screen.getByRole('img', { name: /深圳全市三项业务月度应用率折线图/ })).toBeTruthy();
  });

  it('drills down to land ports from a shared link: meters, league table and scope follow', async () => {
    await renderPage('/usage?mode=land');
    expect(screen.getByText('当前范围：陆路口岸')).toBeTruthy();
    const land = ['huanggang', 'wenjindu', 'shenzhen-bay', 'pingshan-rail'];
    expect(within(meterCard('货物申报')).getByText(percent(rateOf('goods', '2021-12', land)))).toBeTruthy();
    const league = screen.getByRole('table', { name: '2021年12月各口岸货物申报应用率排行' });
    const ports = within(league)
      .getAllByRole('button', { name: /^查看/ })
      .map((button) => button.textContent);
    expect(ports.sort()).toEqual(['坪山铁路口岸', '文锦渡口岸', '深圳湾口岸', '皇岗口岸']);
  });

  it('opens one port from the league table and keeps it in the URL', async () => {
    const { host } = await renderPage('/usage?lang=zh-CN');
    const league = screen.getByRole('table', { name: /各口岸货物申报应用率排行/ });
    fireEvent.click(within(league).getByRole('button', { name: '查看盐田港' }));
    await waitFor(() => expect(host.navigation.location().search).toBe('?lang=zh-CN&port=yantian'));
    expect(await screen.findByText('当前范围：盐田港')).toBeTruthy();
    expect(within(meterCard('货物申报')).getByText(percent(rateOf('goods', '2021-12', ['yantian'])))).toBeTruthy();
  });

  it('projects when each business reaches 100%, saying how', async () => {
    await renderPage();
    const table = screen.getByRole('table', { name: '深圳全市达到 100% 的预测表' });
    const rows = within(table).getAllByRole('row').slice(1);
    const goods = rows.find((row) => row.textContent?.startsWith('货物申报'))!;
    expect(goods.textContent).toMatch(/\d{4}年\d{1,2}月/);
    expect(rows.find((row) => row.textContent?.startsWith('舱单申报'))!.textContent).toMatch(
      /已于\d{4}年\d{1,2}月达到/,
    );
    expect(screen.getByText(/^方法：对最近 12 个月（2021年1月至2021年12月）/)).toBeTruthy();
  });

  it('lists release times with the national reference figures and their source', async () => {
    await renderPage();
    const national = await screen.findByRole('table', { name: '全国整体通关时间（参考）' });
    expect(within(national).getByText('全国 2017 年基数')).toBeTruthy();
    expect(within(national).getByText('97.39')).toBeTruthy();
    expect(within(national).getByText('全国 2020年12月')).toBeTruthy();
    expect(screen.getByText(/全国数据来源：General Administration of Customs/)).toBeTruthy();
  });

  it('switches to English in place', async () => {
    const { host } = await renderPage();
    const heading = screen.getByRole('heading', { level: 2 });
    act(() => host.locale.set('en'));
    expect(heading.isConnected).toBe(true);
    expect(heading.textContent).toBe('Single window usage rate');
    expect(within(meterCard('Goods declaration')).getByText(percent(rateOf('goods', '2021-12'), 'en'))).toBeTruthy();
    expect(within(meterCard('Goods declaration')).getByText('Target: 100% by December 31, 2020')).toBeTruthy();
  });

  it("explains a server error in the reader's language, and Retry recovers", async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    server.use(http.get('*/api/usage/figures', () => problemResponse({ status: 503, code: 'service.unavailable' })));
    renderUsageMeter(UsagePage);
    await vi.advanceTimersByTimeAsync(30_000);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('服务暂时不可用（503），请稍后重试。')).toBeTruthy();
    server.resetHandlers();
    fireEvent.click(within(alert).getByRole('button', { name: /重\s*试/ }));
    expect(await screen.findAllByRole('meter')).toHaveLength(3);
  });
});
