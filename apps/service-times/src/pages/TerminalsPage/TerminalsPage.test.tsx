import { fireEvent, screen, within } from '@testing-library/react';
import { http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { problemResponse } from '@sw/mocks';
import { TERMINALS } from '@sw/mocks/data';
import { setupMockApi } from '../../testing/mockApi.ts';
import { renderModuleAt } from '../../testing/renderServiceTimes.tsx';

const server = setupMockApi();

afterEach(() => {
  vi.useRealTimers();
});

describe('TerminalsPage', () => {
  it('lists every terminal with its publication status, and opens its page without a reload', async () => {
    const { host } = renderModuleAt('/service-times');
    const list = await screen.findByRole('list', { name: '集装箱码头' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(TERMINALS.length);
    const dachan = within(list).getByRole('link', { name: '大铲湾集装箱码头 (DCB)' }).closest('[role="listitem"]')!;
    expect(await within(dachan as HTMLElement).findByText('逾期未公布')).toBeTruthy();
    expect(within(dachan as HTMLElement).getByText('已公布 4 项必须公布标准中的 3 项。')).toBeTruthy();
    expect(within(dachan as HTMLElement).getAllByText('演示数据').length).toBeGreaterThan(0);

    fireEvent.click(within(list).getByRole('link', { name: '盐田国际集装箱码头 (YICT)' }));
    expect(host.visited).toEqual(['/service-times/terminals/yict']);
    expect(await screen.findByRole('heading', { level: 3, name: '盐田国际集装箱码头 (YICT)' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '码头', current: 'page' })).toBeTruthy();
  });

  it('says so when an address is no page of the module', async () => {
    renderModuleAt('/service-times/nowhere', { locale: 'en' });
    expect(await screen.findByText('Page not found')).toBeTruthy();
  });

  it('says why the terminals did not load, in the reader’s language, and Retry loads them', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    server.use(http.get('*/api/service-times/terminals', () => problemResponse({ status: 503, code: 'internal' })));
    renderModuleAt('/service-times', { locale: 'en' });
    await vi.advanceTimersByTimeAsync(30_000); // the kit retries server errors with backoff first
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('The service-time data could not be loaded')).toBeTruthy();
    expect(within(alert).getByText('The service is unavailable (503). Please try again later.')).toBeTruthy();
    server.resetHandlers();
    fireEvent.click(within(alert).getByRole('button', { name: /Retry/ }));
    expect(await screen.findByRole('list', { name: 'Container terminals' })).toBeTruthy();
  });
});
