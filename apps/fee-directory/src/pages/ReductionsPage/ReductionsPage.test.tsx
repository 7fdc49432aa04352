import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setupMockApi } from '../../testing/mockApi.ts';
import { renderFeeDirectory } from '../../testing/renderFeeDirectory.tsx';
import { ReductionsPage } from './ReductionsPage.tsx';

setupMockApi();

describe('ReductionsPage', { timeout: 30_000 }, () => {
  it('lists every cut since the date in the link, the 2022 pilotage cut among them', async () => {
    renderFeeDirectory(ReductionsPage, { url: '/fees/reductions?since=2022-04-01', locale: 'en' });
    const table = await screen.findByRole('table', { name: 'Reductions' });
    const pilotage = (
      await within(table).findByText(/international-route ships, Yantian/, {}, { timeout: 10_000 })
    ).closest('tr')!;
    expect(within(pilotage).getByText('-15%')).toBeTruthy();
    expect(within(pilotage).getByText('Sourced')).toBeTruthy();
  });

  it('follows a new date into the list and the URL', async () => {
    const { host } = renderFeeDirectory(ReductionsPage, { url: '/fees/reductions?since=2022-04-01', locale: 'en' });
    await screen.findByText(/reductions? since/);
    const before = screen.getByRole('status').textContent;
    fireEvent.change(screen.getByLabelText('Since'), { target: { value: '2024-06-01' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).not.toBe(before));
    expect(host.navigation.location().search).toBe('?since=2024-06-01');
  });
});
