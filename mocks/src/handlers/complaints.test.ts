import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  bytesToBase64,
  complaintListResponseSchema,
  complaintReceiptSchema,
  complaintSchema,
  complaintTrackingSchema,
  hotlineListResponseSchema,
  sampleComplaintRequest,
  tokenResponseSchema,
} from '@sw/contracts';
import { createMockServer } from '../node.ts';
import { resetComplaintMocks } from './complaints.ts';

const server = createMockServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => resetComplaintMocks());
afterAll(() => server.close());

const API = 'http://localhost/api';
const json = (method: string, body: unknown, headers: Record<string, string> = {}) => ({
  method,
  headers: { 'Content-Type': 'application/json', ...headers },
  body: JSON.stringify(body),
});
async function tokenOf(user: string) {
  const response = await fetch(`${API}/dev/login`, json('POST', { user }));
  return `Bearer ${tokenResponseSchema.parse(await response.json()).token}`;
}
const PDF = new TextEncoder().encode('%PDF-1.4\n%demo\n');

describe('mock complaint intake', () => {
  it('publishes the hotline directory with 95198 and 12360', async () => {
    const { items } = hotlineListResponseSchema.parse(await (await fetch(`${API}/hotlines`)).json());
    expect(items.map((line) => line.number)).toEqual(expect.arrayContaining(['95198', '12360']));
  });

  it('files one ticket per idempotency key, with an uploaded attachment, and tracks it by contact', async () => {
    const id = crypto.randomUUID();
    const upload = await fetch(
      `${API}/complaints/attachments/${id}`,
      json('PUT', { name: 'bill.pdf', content: bytesToBase64(PDF) }),
    );
    expect(upload.status).toBe(201);
    const again = await fetch(
      `${API}/complaints/attachments/${id}`,
      json('PUT', { name: 'bill.pdf', content: bytesToBase64(PDF) }),
    );
    expect(again.status).toBe(200);

    const request = sampleComplaintRequest({ attachments: [id] });
    const first = await fetch(`${API}/complaints`, json('POST', request, { 'Idempotency-Key': 'key-1' }));
    const second = await fetch(`${API}/complaints`, json('POST', request, { 'Idempotency-Key': 'key-1' }));
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.headers.get('Idempotent-Replayed')).toBe('true');
    const receipt = complaintReceiptSchema.parse(await first.json());
    expect(complaintReceiptSchema.parse(await second.json()).ticketNumber).toBe(receipt.ticketNumber);
    expect(receipt).toMatchObject({ unit: 'market-regulation', attachments: [{ id, type: 'application/pdf' }] });

    const tracked = await fetch(
      `${API}/complaints/track`,
      json('POST', { ticketNumber: receipt.ticketNumber.toLowerCase(), email: 'LI.WEI@example.com' }),
    );
    expect(complaintTrackingSchema.parse(await tracked.json()).status).toBe('received');
    const wrong = await fetch(
      `${API}/complaints/track`,
      json('POST', { ticketNumber: receipt.ticketNumber, phone: '+8613900000000' }),
    );
    expect([wrong.status, (await wrong.json()).code]).toEqual([404, 'complaint.not_found']);
  });

  it('refuses a disguised file by its content', async () => {
    const response = await fetch(
      `${API}/complaints/attachments/${crypto.randomUUID()}`,
      json('PUT', { name: 'invoice.pdf', content: bytesToBase64(new TextEncoder().encode('MZ\x90\x00 program')) }),
    );
    expect([response.status, (await response.json()).code]).toEqual([415, 'attachment.type_not_allowed']);
  });

  it('lets the regulator see and reply to port-charge tickets only, personal data masked in the list', async () => {
    const regulator = await tokenOf('regulator');
    const list = complaintListResponseSchema.parse(
      await (await fetch(`${API}/complaints?limit=200`, { headers: { Authorization: regulator } })).json(),
    );
    expect(list.items.length).toBeGreaterThan(0);
    expect(new Set(list.items.map((item) => item.unit))).toEqual(new Set(['market-regulation']));
    expect(list.items.every((item) => item.contact.name.includes('*'))).toBe(true);

    const open = list.items.find((item) => item.status !== 'closed')!;
    const reply = await fetch(
      `${API}/complaints/${open.id}/replies`,
      json('POST', { message: 'We are on it.' }, { Authorization: regulator }),
    );
    expect(complaintSchema.parse(await reply.json()).status).toBe('replied');

    const admin = await tokenOf('admin');
    const all = complaintListResponseSchema.parse(
      await (await fetch(`${API}/complaints?unit=customs`, { headers: { Authorization: admin } })).json(),
    );
    const customs = all.items[0]!;
    const refused = await fetch(`${API}/complaints/${customs.id}`, { headers: { Authorization: regulator } });
    expect(refused.status).toBe(403);
    expect((await fetch(`${API}/complaints`)).status).toBe(401);
  });
});
