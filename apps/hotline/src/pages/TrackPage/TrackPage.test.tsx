import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { demoComplaints } from '@sw/mocks';
import Routes from '../../routes.tsx';
import { setupMockApi } from '../../testing/mockApi.ts';
import { renderHotline } from '../../testing/renderHotline.tsx';

setupMockApi();

const replied = demoComplaints(new Date()).find((c) => c.history.some((e) => e.kind === 'replied') && c.contact.email)!;
const reply = replied.history.find((e) => e.kind === 'replied')!.message!;

describe('TrackPage', () => {
  it('finds a ticket by its number (from the receipt link) and the e-mail it was filed with, replies included', async () => {
    renderHotline(Routes, { url: `/hotline/track?ticket=${replied.ticketNumber}`, locale: 'en' });
    const number = await screen.findByLabelText('Ticket number');
    expect(number).toHaveProperty('value', replied.ticketNumber);
    fireEvent.click(screen.getByRole('radio', { name: 'E-mail' }));
    fireEvent.change(screen.getByLabelText('E-mail address you gave'), {
      target: { value: 'someone.else@example.com' },
    });
    const track = screen.getByRole('button', { name: 'Track' });
    fireEvent.click(track);
    expect(
      await screen.findByText(/No ticket with this number was filed with this phone number or e-mail address/),
    ).toBeTruthy();

    fireEvent.change(screen.getByLabelText('E-mail address you gave'), {
      target: { value: replied.contact.email!.toUpperCase() },
    });
    fireEvent.click(track);
    expect(await screen.findByRole('heading', { level: 3, name: replied.ticketNumber })).toBeTruthy();
    expect(screen.getByText(reply)).toBeTruthy();
    expect(screen.queryByText(/demo admin|demo regulator/)).toBeNull(); // no staff names for the public
  });

  it('explains a malformed ticket number and contact beside the fields', async () => {
    renderHotline(Routes, { url: '/hotline/track', locale: 'zh-CN' });
    fireEvent.change(await screen.findByLabelText('工单号'), { target: { value: 'OBJ-123' } });
    fireEvent.change(screen.getByLabelText('提交时填写的电话'), { target: { value: '123' } });
    fireEvent.click(screen.getByRole('button', { name: /查\s*询/ }));
    expect(await screen.findByText('请输入工单号，例如 HL-20261127-7K3F9Q。')).toBeTruthy();
    expect(screen.getByText(/请填写 11 位内地手机号码/)).toBeTruthy();
  });
});
