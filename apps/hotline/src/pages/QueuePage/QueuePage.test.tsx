import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { complaintSlaState } from '@sw/contracts';
import { demoComplaints } from '@sw/mocks';
import Routes from '../../routes.tsx';
import { setupMockApi } from '../../testing/mockApi.ts';
import { createTestHost } from '@sw/module-kit/testing';
import { renderHotline, signIn } from '../../testing/renderHotline.tsx';

setupMockApi();

const now = new Date();
const overdue = demoComplaints(now).filter(
  (c) => c.unit === 'market-regulation' && complaintSlaState(c.sla, now, c.status === 'closed').overdue,
);

describe('QueuePage', () => {
  it('asks the public to sign in as staff', async () => {
    renderHotline(Routes, { url: '/hotline/staff', locale: 'en' });
    expect(await screen.findByText('For staff only')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows the regulator market regulation’s overdue tickets from the URL, contacts masked, overdue said in words', async () => {
    expect(overdue.length).toBeGreaterThan(0);
    const host = createTestHost('en');
    await signIn(host, 'regulator');
    renderHotline(Routes, { host, url: '/hotline/staff?overdue=true&lang=en' });
    const table = await screen.findByRole('table', { name: 'Tickets' });
    await waitFor(() => expect(within(table).getAllByRole('row').length).toBe(overdue.length + 1));
    expect(screen.getByRole('status').textContent).toBe(`${overdue.length} items`);
    expect(
      screen.getByText(`${overdue.length} ${overdue.length === 1 ? 'ticket is' : 'tickets are'} past their deadline.`, {
        exact: false,
      }),
    ).toBeTruthy();
    for (const ticket of overdue) {
      const row = within(table).getByRole('link', { name: ticket.ticketNumber }).closest('tr')!;
      expect(row.getAttribute('data-overdue')).toBe('true');
      expect(within(row).getByText(/overdue/)).toBeTruthy();
      expect(within(row).queryByText(ticket.contact.name)).toBeNull();
    }
    expect(within(table).queryByText('Shenzhen Customs')).toBeNull();
    // The filter is in the query string; other parameters stay.
    expect(new URLSearchParams(host.navigation.location().search).get('lang')).toBe('en');
    expect(screen.getByRole('checkbox', { name: 'Overdue only' })).toHaveProperty('checked', true);
  });
});
