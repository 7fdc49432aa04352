import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { demoComplaints } from '@sw/mocks';
import Routes from '../../routes.tsx';
import { setupMockApi } from '../../testing/mockApi.ts';
import { createTestHost } from '@sw/module-kit/testing';
import { renderHotline, signIn } from '../../testing/renderHotline.tsx';

setupMockApi();

const open = demoComplaints(new Date()).find(
  (c) => c.unit === 'market-regulation' && c.status === 'received' && c.contact.phone,
)!;
const customs = demoComplaints(new Date()).find((c) => c.unit === 'customs')!;

describe('TicketPage', () => {
  it('shows staff the full contact, and a reply and assignment go into the history', async () => {
    const host = createTestHost('en');
    await signIn(host, 'regulator');
    renderHotline(Routes, { host, url: `/hotline/staff/tickets/${open.id}` });
    expect(await screen.findByRole('heading', { level: 3, name: open.ticketNumber })).toBeTruthy();
    expect(screen.getByText(open.contact.name)).toBeTruthy();
    expect(screen.getByRole('link', { name: open.contact.phone! }).getAttribute('href')).toBe(
      `tel:${open.contact.phone}`,
    );

    fireEvent.click(screen.getByRole('button', { name: 'Assign to me' }));
    expect(await screen.findByText('Assigned to Shenzhen Market Regulation Bureau (demo regulator)')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Reply'), {
      target: { value: 'We have asked the terminal for its records.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Send reply' }));
    expect(await screen.findByText('We have asked the terminal for its records.')).toBeTruthy(); // in the history
    expect(screen.getByLabelText('Reply')).toHaveProperty('value', ''); // the box is ready for the next one
    expect(screen.getAllByText('Replied').length).toBeGreaterThan(0);
  });

  it('refuses a ticket of another unit with a clear message', async () => {
    const host = createTestHost('en');
    await signIn(host, 'regulator');
    renderHotline(Routes, { host, url: `/hotline/staff/tickets/${customs.id}` });
    expect(await screen.findByText('The ticket could not be loaded')).toBeTruthy();
    expect(screen.getByText('Your role may not do this.')).toBeTruthy();
    expect(screen.queryByText(customs.contact.name)).toBeNull();
  });
});
