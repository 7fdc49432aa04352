import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setupMockApi } from '../../testing/mockApi.ts';
import { renderServiceTimes } from '../../testing/renderServiceTimes.tsx';
import { ComparePage } from './ComparePage.tsx';

setupMockApi();

const matrix = () => screen.findByRole('table', { name: '各码头各作业环节的时限' });
/** The cell of one operation (row header) under one terminal (column header), as a reader finds it. */
function cell(operation: string, terminal: string): HTMLElement {
  const table = screen.getByRole('table', { name: '各码头各作业环节的时限' });
  const column = within(table)
    .getAllByRole('columnheader')
    .findIndex((th) => th.textContent === terminal);
  const row = within(table)
    .getByRole('rowheader', { name: new RegExp(operation) })
    .closest('tr')!;
  return row.children[column] as HTMLElement;
}

describe('ComparePage', () => {
  it('shows every terminal’s limit per operation and marks the fastest', async () => {
    renderServiceTimes(ComparePage, { url: '/service-times/compare' });
    await matrix();
    expect(within(cell('货方提箱', 'YICT')).getByText('30分钟')).toBeTruthy();
    expect(within(cell('货方提箱', 'YICT')).getByText('最快')).toBeTruthy();
    expect(within(cell('货方提箱', 'CCT')).queryByText('最快')).toBeNull();
    expect(within(cell('货方提箱', 'DCB')).getByText('未公布')).toBeTruthy();
    expect(within(cell('场内转运', 'MCT')).getByText('1.5小时')).toBeTruthy();
    expect(within(cell('场内转运', 'MCT')).getByText('最快')).toBeTruthy();
    // YICT counts unstuffing from the booked slot, the others from the instruction: the row says so.
    expect(within(screen.getByRole('rowheader', { name: /掏箱/ })).getByText('起算时点不同')).toBeTruthy();
    await waitFor(() => expect(within(cell('货方提箱', 'YICT')).getByText(/个月达标/)).toBeTruthy());
  });

  it('compares only the terminals in the link, and keeps the choice in the URL', async () => {
    const { host } = renderServiceTimes(ComparePage, {
      url: '/service-times/compare?terminals=sct,cct&lang=en',
      locale: 'en',
    });
    await screen.findByRole('table', { name: 'Time limits by operation and terminal' });
    const headers = screen.getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers).toEqual(['Operation', 'SCT', 'CCT']);
    // SCT's 2-hour unstuffing beats CCT's 2.5 hours.
    const unstuffing = screen.getByRole('rowheader', { name: /Unstuffing/ }).closest('tr')!;
    expect(within(unstuffing.children[1] as HTMLElement).getByText('Fastest')).toBeTruthy();
    expect(host.navigation.location().search).toBe('?terminals=sct,cct&lang=en');
  });

  it('keeps the operation chosen for the chart in the module’s address, beside the other parameters', async () => {
    const { host } = renderServiceTimes(ComparePage, {
      url: '/service-times/compare?terminals=sct,cct&lang=en',
      locale: 'en',
    });
    fireEvent.mouseDown(await screen.findByRole('combobox', { name: 'Operation shown in the chart' }));
    fireEvent.click(await screen.findByTitle('Cargo pick-up'));
    expect(await screen.findByRole('heading', { level: 4, name: /Cargo pick-up/ })).toBeTruthy();
    expect(host.navigation.location().search).toBe('?terminals=sct%2Ccct&lang=en&operation=cargo-pickup');
    expect(host.visited).toEqual([]); // a choice replaces the address in place, no history entry
  });

  it('switches language in place', async () => {
    const { host } = renderServiceTimes(ComparePage, { url: '/service-times/compare' });
    await matrix();
    act(() => host.locale.set('zh-HK'));
    expect(await screen.findByRole('table', { name: '各碼頭各作業環節的時限' })).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: /貨方提箱/ })).toBeTruthy();
  });
});
