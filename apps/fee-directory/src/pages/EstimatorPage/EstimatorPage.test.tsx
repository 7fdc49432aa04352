import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setupMockApi } from '../../testing/mockApi.ts';
import { renderFeeDirectory } from '../../testing/renderFeeDirectory.tsx';
import { EstimatorPage } from './EstimatorPage.tsx';

setupMockApi();

describe('EstimatorPage', { timeout: 30_000 }, () => {
  it('itemises the charges in force for a shared shipment, with their legal basis and a total', async () => {
    renderFeeDirectory(EstimatorPage, {
      url: '/fees/estimate?port=yantian&direction=export&containers20=2',
      locale: 'en',
    });
    const result = await screen.findByRole('table', { name: 'Estimate' }, { timeout: 10_000 });
    const thc = within(result).getByText('Terminal handling charge (THC, 20-ft)').closest('tr')!;
    expect(within(thc).getByText('CN¥1,640.00')).toBeTruthy();
    expect(within(thc).getByText(/Port Charging Rules/)).toBeTruthy();
    expect(within(result).queryByText('Gate appointment fee')).toBeNull(); // publicised: never estimated
    expect(screen.getByTestId('estimate-total').textContent).toMatch(/^CN¥[\d,]+\.\d\d$/);
  });

  it('follows a change of the shipment into the total and the link', async () => {
    const { host } = renderFeeDirectory(EstimatorPage, {
      url: '/fees/estimate?port=yantian&direction=export&containers20=1&lang=en',
      locale: 'en',
    });
    await screen.findByRole('table', { name: 'Estimate' }, { timeout: 10_000 });
    const before = screen.getByTestId('estimate-total').textContent;
    fireEvent.change(screen.getByLabelText("40' containers"), { target: { value: '2' } });
    await waitFor(() => expect(screen.getByTestId('estimate-total').textContent).not.toBe(before));
    const link = new URLSearchParams(host.navigation.location().search);
    expect(link.get('containers40')).toBe('2');
    expect(link.get('lang')).toBe('en'); // not the estimator's: kept
    expect(host.visited).toEqual([]); // the link is replaced in place, no history entry per change
  });

  it('says which values of a bad link it could not read', async () => {
    renderFeeDirectory(EstimatorPage, { url: '/fees/estimate?port=atlantis&direction=export&containers20=-3' });
    expect((await screen.findByRole('alert')).textContent).toContain('口岸、20英尺箱（个）');
  });
});
