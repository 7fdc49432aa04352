import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FEES, mockFeeStore } from '@sw/mocks';
import { setupMockApi } from '../../testing/mockApi.ts';
import { renderFeeDirectory } from '../../testing/renderFeeDirectory.tsx';
import { FeeDetailPage } from './FeeDetailPage.tsx';

setupMockApi();

const render = (id: string, options: Parameters<typeof renderFeeDirectory>[1] = {}) =>
  renderFeeDirectory(() => <FeeDetailPage id={id} />, { url: `/fees/${id}`, locale: 'en', ...options });

describe('FeeDetailPage', { timeout: 30_000 }, () => {
  it('shows what Art. 6.1 asks to publish and the history of the 2022 pilotage cut', async () => {
    render('fee-pilotage-yantian');
    expect(await screen.findByRole('heading', { level: 2, name: /Pilotage and shifting/ })).toBeTruthy();
    expect(screen.getByText('Shenzhen Pilot Station')).toBeTruthy();
    expect(screen.getByText('Government-set')).toBeTruthy();
    const history = await screen.findByRole('table', { name: 'Changes of this charge' }, { timeout: 10_000 });
    const cut = within(history).getByText('New standard').closest('tr')!;
    expect(within(cut).getByText('-15%')).toBeTruthy();
    expect(within(cut).getAllByText(/41,650/).length).toBeGreaterThan(0);
    expect(screen.getByRole('img', { name: /Standard of Pilotage and shifting/ })).toBeTruthy();
  });

  it('counts down a publicised charge and takes an objection, answering with its reference', async () => {
    const now = new Date();
    const item = FEES.find((fee) => fee.id === 'fee-thc-shekou-20')!;
    // A charge under publicity from today, so the period is running whatever the date.
    mockFeeStore.create({ ...item, id: 'fee-new-night', code: 'NEW-NIGHT', effectiveFrom: '2030-01-01' });
    render('fee-new-night');
    expect(await screen.findByRole('timer')).toBeTruthy();
    expect(screen.getByRole('timer').textContent).toMatch(/working days left to object/);
    const reason = screen.getByLabelText('Reasons');
    fireEvent.change(reason, { target: { value: 'too short' } });
    fireEvent.click(screen.getByRole('button', { name: 'Submit objection' }));
    expect(await screen.findByText('Please give your reasons in at least 10 characters.')).toBeTruthy();
    fireEvent.change(reason, { target: { value: 'This duplicates the terminal handling charge.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Submit objection' }));
    const lodged = await screen.findByText(/Objection received, reference OBJ-/, {}, { timeout: 10_000 });
    expect(lodged.textContent).toContain(`OBJ-${now.toISOString().slice(0, 10).replaceAll('-', '')}`);
    expect(mockFeeStore.objections).toHaveLength(1);
  });

  it('offers to report the charge to the hotline, pre-filled with the item', async () => {
    const { host } = render('fee-thc-yantian-20', {
      modules: [{ name: 'hotline', version: '1.0.0', routes: ['/hotline'] }],
    });
    fireEvent.click(await screen.findByRole('link', { name: 'Report this charge' }));
    expect(host.visited).toEqual(['/hotline']);
    expect(host.navigation.takePayload('/hotline')).toEqual({
      prefill: {
        category: 'port-charges',
        relatedItem: {
          kind: 'fee',
          id: 'fee-thc-yantian-20',
          label: 'Terminal handling charge (THC, 20-ft) (TH-001, Yantian International Container Terminals Ltd.)',
        },
      },
    });
  });

  it('gives the hotline number where the release has no hotline module', async () => {
    render('fee-thc-yantian-20');
    expect(await screen.findByText('To complain about this charge, call the hotline')).toBeTruthy();
    expect(screen.getByRole('link', { name: '95198' }).getAttribute('href')).toBe('tel:95198');
  });

  it("lets the item's own operator edit it, and no one else", async () => {
    const { host } = render('fee-thc-yantian-20', { user: 'operator-sct' });
    await screen.findByRole('heading', { level: 2 });
    expect(screen.queryByRole('button', { name: 'Edit' })).toBeNull();
    act(() => {
      host.auth.signOut();
    });
    const own = render('fee-thc-yantian-20', { user: 'operator-yict' });
    await waitFor(() => expect(within(own.container).getByRole('button', { name: 'Edit' })).toBeTruthy());
  });

  it('says so when the item does not exist', async () => {
    render('fee-nothing-like-this');
    expect(await screen.findByText('No such charge', {}, { timeout: 10_000 })).toBeTruthy();
  });
});
