/** The complaint intake on PostgreSQL: the same seed, queue, files (bytea) and workflow as on SQLite. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getResponse } from 'msw';
import {
  bytesToBase64,
  complaintListResponseSchema,
  complaintReceiptSchema,
  complaintStatsSchema,
  complaintTrackingSchema,
  hotlineListResponseSchema,
  sampleComplaintRequest,
  tokenResponseSchema,
} from '@sw/contracts';
import { handlers } from '@sw/mocks';
import { HOTLINES } from '@sw/mocks/data';
import { startApi, type TestApi } from './helpers.ts';
import { startTestPostgres, type TestDatabase } from './postgres-cluster.ts';

const database: TestDatabase | undefined = await startTestPostgres().catch(() => undefined);

/** The mocks' answer to the same request, with a mock token for `user`. */
async function mocksAnswer(path: string, user: string) {
  const login = await getResponse(
    handlers,
    new Request('http://localhost/api/dev/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user }),
    }),
  );
  const { token } = tokenResponseSchema.parse(await login!.json());
  const response = await getResponse(
    handlers,
    new Request(`http://localhost${path}`, { headers: { authorization: `Bearer ${token}` } }),
  );
  return response!.json();
}

describe.skipIf(!database)('complaints on PostgreSQL', () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startApi({ databaseUrl: database!.url, rateLimit: false });
  });
  afterAll(async () => {
    await t?.close();
    await database?.drop();
  });

  it('serves the seeded directory and queue exactly as the mocks do', async () => {
    expect(hotlineListResponseSchema.parse(await (await t.request('/api/hotlines')).json()).items).toEqual(HOTLINES);
    const regulator = await t.token('regulator');
    for (const query of [
      '?limit=200',
      '?overdue=true',
      `?q=${encodeURIComponent('码头')}&sort=submittedAt&order=desc`,
    ]) {
      const ours = complaintListResponseSchema.parse(
        await (await t.request(`/api/complaints${query}`, { token: regulator })).json(),
      );
      expect(ours).toEqual(await mocksAnswer(`/api/complaints${query}`, 'regulator'));
    }
    const stats = complaintStatsSchema.parse(
      await (await t.request('/api/complaints/stats', { token: regulator })).json(),
    );
    expect(stats).toEqual(await mocksAnswer('/api/complaints/stats', 'regulator'));
  });

  it('stores a file, files a ticket once per key, and the reply reaches the submitter', async () => {
    const id = crypto.randomUUID();
    const pdf = new TextEncoder().encode('%PDF-1.4\n%pg\n');
    const upload = await t.request(`/api/complaints/attachments/${id}`, {
      method: 'PUT',
      json: { name: '单据.pdf', content: bytesToBase64(pdf) },
    });
    expect(upload.status).toBe(201);
    const body = sampleComplaintRequest({ attachments: [id] });
    const headers = { 'Idempotency-Key': 'pg-complaint' };
    const first = complaintReceiptSchema.parse(
      await (await t.request('/api/complaints', { method: 'POST', json: body, headers })).json(),
    );
    const again = await t.request('/api/complaints', { method: 'POST', json: body, headers });
    expect([again.headers.get('idempotent-replayed'), (await again.json()).ticketNumber]).toEqual([
      'true',
      first.ticketNumber,
    ]);

    const regulator = await t.token('regulator');
    const list = complaintListResponseSchema.parse(
      await (await t.request(`/api/complaints?q=${first.ticketNumber}`, { token: regulator })).json(),
    );
    const ticketId = list.items[0]!.id;
    expect(list.items[0]!.attachmentCount).toBe(1);
    const file = await t.request(`/api/complaints/${ticketId}/attachments/${id}`, { token: regulator });
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(pdf);
    expect(
      (
        await t.request(`/api/complaints/${ticketId}/replies`, {
          method: 'POST',
          token: regulator,
          json: { message: '已受理' },
        })
      ).status,
    ).toBe(200);
    const tracked = complaintTrackingSchema.parse(
      await (
        await t.request('/api/complaints/track', {
          method: 'POST',
          json: { ticketNumber: first.ticketNumber, email: 'li.wei@example.com' },
        })
      ).json(),
    );
    expect(tracked.history.at(-1)).toMatchObject({ kind: 'replied', message: '已受理' });
  });
});
