import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setupMockApi } from '../../testing/mockApi.ts';
import { renderServiceTimes } from '../../testing/renderServiceTimes.tsx';
import { CoveragePage } from './CoveragePage.tsx';

setupMockApi();

const rowOf = (terminal: RegExp) => screen.getByRole('rowheader', { name: terminal }).closest('tr')!;

describe('CoveragePage', () => {
  it('shows who published the four required standards by the deadline, who was late and who is overdue', async () => {
    renderServiceTimes(CoveragePage, { url: '/service-times/coverage', locale: 'en' });
    await screen.findByRole('table', { name: 'Publication of the four required standards by terminal' });
    expect(within(rowOf(/YICT/)).getByText('All four on time')).toBeTruthy();
    expect(within(rowOf(/YICT/)).getAllByText('May 28, 2019')).toHaveLength(4);
    const mawan = within(rowOf(/MCT/));
    expect(mawan.getByText('All four, late')).toBeTruthy();
    expect(mawan.getByText(/Sep 16, 2019/)).toBeTruthy();
    const dachan = within(rowOf(/DCB/));
    expect(dachan.getByText('Overdue')).toBeTruthy();
    expect(dachan.getByText(/Not published/)).toBeTruthy();
    expect(
      screen.getByText('1 terminal has not published all four required standards, due Jun 30, 2019.'),
    ).toBeTruthy();
    const summary = within(screen.getByRole('list', { name: 'Terminals by publication status' }));
    expect(summary.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'All four on time3',
      'All four, late1',
      'Overdue1',
      'Due by the deadline0',
    ]);
  });
});
