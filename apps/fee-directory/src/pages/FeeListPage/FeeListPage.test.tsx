import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { feeIndicativeAmount } from '@sw/contracts';
import { FEES, problemResponse } from '@sw/mocks';
import { setupMockApi } from '../../testing/mockApi.ts';
import type { TestHost } from '@sw/module-kit/testing';
import { renderFeeDirectory } from '../../testing/renderFeeDirectory.tsx';
import { FeeListPage } from './FeeListPage.tsx';

const server = setupMockApi();

afterEach(() => {
  vi.useRealTimers();
});

const pilotage = FEES.find((fee) => fee.category === 'pilotage' && fee.name['zh-CN'].includes('引航'))!;
const storage = FEES.find((fee) => fee.category === 'storage')!;

// Rows and cells by their ARIA roles; read with selectors because role queries over a whole table
// are slow in happy-dom.
/** The table's data rows as a reader sees them (the header row has no cells). */
function dataRows(): HTMLElement[] {
  return [...screen.getByRole('table').querySelectorAll<HTMLElement>('[role="row"]')].filter(
    (row) => row.querySelector('[role="cell"]') !== null,
  );
}

/** The text of one column in each data row, found by its header as a reader would. */
function columnTexts(header: string): string[] {
  const headers = [...screen.getByRole('table').querySelectorAll('[role="columnheader"]')];
  const index = headers.findIndex((th) => th.textContent === header);
  return dataRows().map((row) => row.querySelectorAll('[role="cell"]')[index]?.textContent ?? '');
}

const search = () => screen.getByRole('searchbox', { name: '搜索收费项目' });
/** The query string of the module's location, as the test host keeps it. */
const moduleSearch = (host: TestHost) => host.navigation.location().search;
const resultCount = () => screen.getByRole('status').textContent;

async function renderPage(url = '/fees') {
  const view = renderFeeDirectory(FeeListPage, { url });
  await screen.findByRole('table');
  return view;
}

describe('FeeListPage', { timeout: 30_000 }, () => {
  it('lists the published catalogue from the API, demo values marked', async () => {
    await renderPage();
    expect(screen.getByRole('heading', { level: 2, name: '口岸收费目录' })).toBeTruthy();
    expect(resultCount()).toBe(`共 ${FEES.length} 项`);
    const first = FEES[0]!;
    const row = dataRows()[0]!;
    expect(within(row).getByText(first.name['zh-CN'])).toBeTruthy();
    expect(within(row).getByText(first.chargingBody.name['zh-CN'])).toBeTruthy();
    // Only the rows in view are rendered (the table is virtualised); they start with the first item.
    expect(dataRows().length).toBeGreaterThanOrEqual(8);
    expect(dataRows().length).toBeLessThan(FEES.length);
    expect(screen.getByRole('table').getAttribute('aria-rowcount')).toBe(String(FEES.length + 1));
    expect(screen.getAllByText('演示数据').length).toBeGreaterThan(0);
  });

  it('narrows the rows as the reader types, in Chinese, English or pinyin', async () => {
    const { host } = await renderPage();
    fireEvent.change(search(), { target: { value: '引航' } });
    expect(screen.getAllByText(pilotage.name['zh-CN']).length).toBeGreaterThan(0);
    expect(screen.queryByText(storage.name['zh-CN'])).toBeNull();
    expect(resultCount()).not.toBe(`共 ${FEES.length} 项`);

    fireEvent.change(search(), { target: { value: 'Pilotage' } });
    expect(screen.getAllByText(pilotage.name['zh-CN']).length).toBeGreaterThan(0);
    expect(screen.queryByText(storage.name['zh-CN'])).toBeNull();

    fireEvent.change(search(), { target: { value: 'yinhang' } }); // pinyin keys are computed a moment later
    await waitFor(() => expect(screen.getAllByText(pilotage.name['zh-CN']).length).toBeGreaterThan(0), {
      timeout: 10_000,
    });
    expect(screen.queryByText(storage.name['zh-CN'])).toBeNull();
    await waitFor(() => expect(new URLSearchParams(moduleSearch(host)).get('q')).toBe('yinhang'));
  });

  it('narrows the rows by a filter and puts it in the URL, keeping other parameters', async () => {
    const { host } = await renderPage('/fees?lang=zh-CN');
    const expected = FEES.filter((fee) => fee.ports.includes('huanggang'));
    fireEvent.mouseDown(within(screen.getByRole('search')).getByLabelText('口岸'));
    fireEvent.click(await screen.findByTitle('皇岗口岸')); // the option in the open list
    expect(resultCount()).toBe(`共 ${expected.length} 项`);
    for (const ports of columnTexts('适用口岸')) expect(ports).toContain('皇岗口岸');
    await waitFor(() => expect(moduleSearch(host)).toBe('?lang=zh-CN&port=huanggang'));
    expect(host.visited).toEqual([]); // replaced in place: no history entry per filter
  });

  it('restores search and filters from a shared link', async () => {
    await renderPage('/fees?q=%E5%BC%95%E8%88%AA&status=effective&sort=effectiveFrom&order=desc');
    expect(search()).toHaveProperty('value', '引航');
    const expected = FEES.filter(
      (fee) => fee.status === 'effective' && fee.category === 'pilotage' && fee.name['zh-CN'].includes('引航'),
    );
    expect(expected.length).toBeGreaterThan(0);
    for (const fee of expected) expect(screen.getAllByText(fee.name['zh-CN']).length).toBeGreaterThan(0);
    const statusFilter = within(screen.getByRole('search')).getByLabelText('状态').closest('.sw-select')!;
    expect(within(statusFilter as HTMLElement).getByText('执行中')).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: /生效日期/ }).getAttribute('aria-sort')).toBe('descending');
    expect(new Set(columnTexts('状态'))).toEqual(new Set(['执行中']));
  });

  it('follows the URL when the reader goes back or forward', async () => {
    const { host } = await renderPage('/fees?port=huanggang');
    act(() => host.open('/fees?port=yantian')); // as the host does on back or forward
    expect(resultCount()).toBe(`共 ${FEES.filter((fee) => fee.ports.includes('yantian')).length} 项`);
    for (const ports of columnTexts('适用口岸')) expect(ports).toContain('盐田港');
  });

  it('sorts by amount from the column header', async () => {
    const { host } = await renderPage();
    fireEvent.click(screen.getByRole('button', { name: /收费标准/ }));
    await waitFor(() => expect(moduleSearch(host)).toBe('?sort=amount&order=asc'));
    const cheapest = [...FEES]
      .filter((fee) => feeIndicativeAmount(fee) !== undefined)
      .sort((a, b) => feeIndicativeAmount(a)! - feeIndicativeAmount(b)!)[0]!;
    expect(within(dataRows()[0]!).getByText(cheapest.name['zh-CN'])).toBeTruthy();
  });

  it('offers to clear the filters when nothing matches', async () => {
    const { host } = await renderPage('/fees?q=nothing-like-this');
    expect(screen.getByText('没有符合条件的结果')).toBeTruthy();
    fireEvent.click(within(screen.getByRole('table')).getByRole('button', { name: '清除筛选' }));
    expect(resultCount()).toBe(`共 ${FEES.length} 项`);
    expect(search()).toHaveProperty('value', '');
    await waitFor(() => expect(moduleSearch(host)).toBe(''));
  });

  it('switches to English without remounting', async () => {
    const { host } = await renderPage();
    const heading = screen.getByRole('heading', { level: 2 });
    fireEvent.change(search(), { target: { value: '引航' } });
    act(() => host.locale.set('en'));
    expect(heading.isConnected).toBe(true);
    expect(heading.textContent).toBe('Port charges');
    expect(screen.getByRole('searchbox', { name: 'Search charges' })).toHaveProperty('value', '引航');
    expect(screen.getAllByText(pilotage.name.en).length).toBeGreaterThan(0);
    expect(screen.getByRole('columnheader', { name: /Charging body/ })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toMatch(/^\d+ items$/);
  });

  it("shows a server error in the reader's language, and Retry recovers", async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    server.use(http.get('*/api/fees', () => problemResponse({ status: 500, code: 'internal' })));
    renderFeeDirectory(FeeListPage);
    await vi.advanceTimersByTimeAsync(30_000); // the kit retries server errors with backoff first
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('服务暂时不可用（500），请稍后重试。')).toBeTruthy();
    server.resetHandlers();
    fireEvent.click(within(alert).getByRole('button', { name: /重\s*试/ }));
    expect(await screen.findByRole('table')).toBeTruthy();
    expect(resultCount()).toBe(`共 ${FEES.length} 项`);
  });
});
