/**
 * The complaint intake: files checked by content, one ticket per submission, tracking by contact,
 * staff of a unit working the queue, statistics, audit, and the demo data seeded once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  COMPLAINT_ATTACHMENT_LIMITS,
  auditListResponseSchema,
  bytesToBase64,
  complaintListResponseSchema,
  complaintReceiptSchema,
  complaintSchema,
  complaintStatsSchema,
  complaintTrackingSchema,
  hotlineListResponseSchema,
  sampleComplaintRequest,
  type ComplaintCreateRequest,
} from '@sw/contracts';
import { HOTLINES } from '@sw/mocks/data';
import { expectProblem, startApi, type TestApi } from './helpers.ts';

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n');
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const EXE = new TextEncoder().encode('MZ\u0090\u0000 this program cannot be run in DOS mode');

let t: TestApi;
beforeAll(async () => {
  t = await startApi({ rateLimit: false });
});
afterAll(() => t.close());

const upload = (id: string, name: string, content: Uint8Array) =>
  t.request(`/api/complaints/attachments/${id}`, { method: 'PUT', json: { name, content: bytesToBase64(content) } });

const file = (body: ComplaintCreateRequest, key?: string) =>
  t.request('/api/complaints', { method: 'POST', json: body, ...(key ? { headers: { 'Idempotency-Key': key } } : {}) });

async function fileTicket(overrides: Partial<ComplaintCreateRequest> = {}) {
  const response = await file(sampleComplaintRequest(overrides), crypto.randomUUID());
  expect(response.status).toBe(201);
  return complaintReceiptSchema.parse(await response.json());
}

async function ticketId(ticketNumber: string, token: string): Promise<string> {
  const list = complaintListResponseSchema.parse(
    await (await t.request(`/api/complaints?q=${ticketNumber}`, { token })).json(),
  );
  return list.items[0]!.id;
}

describe('the hotline directory', () => {
  it('serves the seeded lines in order', async () => {
    const body = hotlineListResponseSchema.parse(await (await t.request('/api/hotlines')).json());
    expect(body.items).toEqual(HOTLINES);
  });
});

describe('attachments', () => {
  it('stores a file judged by its content, once per id', async () => {
    const id = crypto.randomUUID();
    const first = await upload(id, '收费单据.pdf', PDF);
    expect(first.status).toBe(201);
    expect(await first.json()).toEqual({ id, name: '收费单据.pdf', type: 'application/pdf', size: PDF.length });
    expect((await upload(id, '收费单据.pdf', PDF)).status).toBe(200); // a retried upload
    await expectProblem(await upload(id, 'other.png', PNG), 409, 'attachment.conflict');
  });

  it.each([
    ['a program named like a PDF', 'invoice.pdf', EXE, 415, 'attachment.type_not_allowed'],
    ['a PDF named like a photo', 'photo.jpg', PDF, 415, 'attachment.type_mismatch'],
    ['an empty file', 'empty.png', new Uint8Array(), 400, 'attachment.empty'],
  ] as const)('refuses %s', async (_, name, content, status, code) => {
    const problem = await expectProblem(await upload(crypto.randomUUID(), name, content), status, code);
    expect(problem.detail).toContain(name);
  });

  it('refuses a file over the size limit, and a body far over it before reading it', async () => {
    const big = new Uint8Array(COMPLAINT_ATTACHMENT_LIMITS.maxBytes + 1);
    big.set(PNG);
    await expectProblem(await upload(crypto.randomUUID(), 'big.png', big), 413, 'attachment.too_large');
    const huge = new Uint8Array(COMPLAINT_ATTACHMENT_LIMITS.maxBytes * 3);
    await expectProblem(await upload(crypto.randomUUID(), 'huge.png', huge), 413, 'request.too_large');
  });

  it('refuses content that is not base64 and an id that is not a UUID', async () => {
    const response = await t.request(`/api/complaints/attachments/${crypto.randomUUID()}`, {
      method: 'PUT',
      json: { name: 'a.png', content: 'abcde' },
    });
    await expectProblem(response, 400, 'attachment.invalid_encoding');
    const problem = await expectProblem(await upload('not-a-uuid', 'a.png', PNG), 400, 'validation.failed');
    expect(problem.errors?.map((e) => e.path)).toEqual(['id']);
  });
});

describe('filing a ticket', () => {
  it('routes by category, starts the clocks and claims the attachments', async () => {
    const id = crypto.randomUUID();
    expect((await upload(id, 'receipt.pdf', PDF)).status).toBe(201);
    const receipt = await fileTicket({ category: 'terminal-times', attachments: [id] });
    expect(receipt).toMatchObject({
      unit: 'transport',
      attachments: [{ id, name: 'receipt.pdf' }],
      trackWith: { phone: '+86 138****5678' },
    });
    expect(receipt.ticketNumber).toMatch(/^HL-\d{8}-[0-9A-HJKMNP-TV-Z]{6}$/);
    // Another ticket cannot take the same file.
    const again = await expectProblem(
      await file(sampleComplaintRequest({ attachments: [id] })),
      400,
      'validation.failed',
    );
    expect(again.errors).toEqual([expect.objectContaining({ path: 'attachments.0', code: 'attachment.conflict' })]);
    const missing = await expectProblem(
      await file(sampleComplaintRequest({ attachments: [crypto.randomUUID()] })),
      400,
      'validation.failed',
    );
    expect(missing.errors).toEqual([expect.objectContaining({ path: 'attachments.0', code: 'attachment.not_found' })]);
  });

  it('makes one ticket per idempotency key, also for retries sent at the same moment', async () => {
    const body = sampleComplaintRequest({ description: `Retried submission ${crypto.randomUUID()}` });
    const key = crypto.randomUUID();
    const answers = await Promise.all([file(body, key), file(body, key), file(body, key)]);
    const settled = await Promise.all(answers.map(async (r) => ({ status: r.status, body: await r.json() })));
    const receipts = settled.filter((a) => a.status === 201).map((a) => a.body.ticketNumber);
    expect(new Set(receipts).size).toBe(1);
    for (const answer of settled.filter((a) => a.status !== 201))
      expect(answer.body.code).toBe('idempotency.in_progress');
    const replay = await file(body, key);
    expect([replay.status, replay.headers.get('Idempotent-Replayed')]).toEqual([201, 'true']);
    expect((await replay.json()).ticketNumber).toBe(receipts[0]);
    const admin = await t.token('admin');
    const found = complaintListResponseSchema.parse(
      await (await t.request(`/api/complaints?q=${encodeURIComponent(body.description)}`, { token: admin })).json(),
    );
    expect(found.total).toBe(1);
    await expectProblem(
      await file({ ...body, description: `${body.description}!` }, key),
      422,
      'idempotency.key_reused',
    );
  });

  it('keeps hostile text as inert text, exactly as sent', async () => {
    const description = '<img src=x onerror=alert(1)> <script>alert("x")</script> 收费 \'; DROP TABLE complaints; --';
    const receipt = await fileTicket({ description });
    const tracked = await t.request('/api/complaints/track', {
      method: 'POST',
      json: { ticketNumber: receipt.ticketNumber, email: 'li.wei@example.com' },
    });
    expect(complaintTrackingSchema.parse(await tracked.json()).description).toBe(description);
  });

  it('names each invalid field, in the contract’s terms', async () => {
    const response = await file({
      ...sampleComplaintRequest(),
      contact: { name: '李伟', phone: '+8612360' },
      consent: false,
    } as never);
    const problem = await expectProblem(response, 400, 'validation.failed');
    expect(problem.errors?.map((e) => e.path).sort()).toEqual(['consent', 'contact.phone']);
  });

  it('limits submissions per client', async () => {
    const limited = await startApi({ rateLimit: { max: 2, windowMs: 60_000 } });
    for (let i = 0; i < 2; i++)
      expect(
        (await limited.request('/api/complaints', { method: 'POST', json: sampleComplaintRequest() })).status,
      ).toBe(201);
    const refused = await limited.request('/api/complaints', { method: 'POST', json: sampleComplaintRequest() });
    await expectProblem(refused, 429, 'rate_limited');
    expect(refused.headers.get('Retry-After')).toBeTruthy();
    // Uploads and tracking have their own allowance.
    expect(
      (
        await limited.request(`/api/complaints/attachments/${crypto.randomUUID()}`, {
          method: 'PUT',
          json: { name: 'a.png', content: bytesToBase64(PNG) },
        })
      ).status,
    ).toBe(201);
    await limited.close();
  });
});

describe('tracking', () => {
  it('finds a ticket by its number as typed and the contact, and nothing with a wrong contact', async () => {
    const receipt = await fileTicket({ contact: { name: 'Chan Tai Man', phone: '+85291234567' } });
    const typed = receipt.ticketNumber.toLowerCase().replaceAll('-', ' ');
    const ok = await t.request('/api/complaints/track', {
      method: 'POST',
      json: { ticketNumber: typed, phone: '+85291234567' },
    });
    expect(complaintTrackingSchema.parse(await ok.json())).toMatchObject({
      ticketNumber: receipt.ticketNumber,
      status: 'received',
    });
    for (const contact of [{ phone: '+85291234568' }, { email: 'li.wei@example.com' }]) {
      const wrong = await t.request('/api/complaints/track', {
        method: 'POST',
        json: { ticketNumber: receipt.ticketNumber, ...contact },
      });
      await expectProblem(wrong, 404, 'complaint.not_found');
    }
  });
});

describe('the staff workflow', () => {
  it('keeps the regulator to market regulation’s tickets, with personal data masked in the list', async () => {
    const regulator = await t.token('regulator');
    const list = complaintListResponseSchema.parse(
      await (await t.request('/api/complaints?limit=200', { token: regulator })).json(),
    );
    expect(new Set(list.items.map((item) => item.unit))).toEqual(new Set(['market-regulation']));
    const text = JSON.stringify(list);
    expect(text).not.toMatch(/\+86\d{11}|li\.wei@example\.com/);
    const customs = await fileTicket({ category: 'clearance' });
    const id = await ticketId(customs.ticketNumber, await t.token('admin'));
    await expectProblem(await t.request(`/api/complaints/${id}`, { token: regulator }), 403, 'auth.forbidden');
    await expectProblem(
      await t.request(`/api/complaints/${id}/replies`, { method: 'POST', token: regulator, json: { message: 'x' } }),
      403,
      'auth.forbidden',
    );
  });

  it('assigns, replies (the submitter reads it), closes with a resolution, and audits each step', async () => {
    const regulator = await t.token('regulator');
    const receipt = await fileTicket();
    const id = await ticketId(receipt.ticketNumber, regulator);
    const full = complaintSchema.parse(await (await t.request(`/api/complaints/${id}`, { token: regulator })).json());
    expect(full.contact).toEqual({ name: '李伟', phone: '+8613812345678', email: 'li.wei@example.com' });

    const assign = (assigneeId: string) =>
      t.request(`/api/complaints/${id}/assign`, { method: 'POST', token: regulator, json: { assigneeId } });
    const refused = await expectProblem(await assign('admin-unknown'), 400, 'validation.failed');
    expect(refused.errors?.[0]).toMatchObject({ path: 'assigneeId', code: 'complaint.assignee_unknown' });
    const assigned = complaintSchema.parse(await (await assign('regulator')).json());
    expect(assigned).toMatchObject({ status: 'in-progress', assignee: { id: 'regulator' } });
    expect(assigned.sla.acknowledgedAt).toBeDefined();

    const reply = await t.request(`/api/complaints/${id}/replies`, {
      method: 'POST',
      token: regulator,
      json: { message: '我局已通知码头核查。' },
    });
    expect(complaintSchema.parse(await reply.json()).status).toBe('replied');
    const closed = await t.request(`/api/complaints/${id}/close`, {
      method: 'POST',
      token: regulator,
      json: { outcome: 'upheld', resolution: '已责令退还。' },
    });
    expect(complaintSchema.parse(await closed.json()).resolution).toMatchObject({
      outcome: 'upheld',
      text: '已责令退还。',
    });
    await expectProblem(
      await t.request(`/api/complaints/${id}/replies`, { method: 'POST', token: regulator, json: { message: 'late' } }),
      409,
      'complaint.closed',
    );

    const tracked = complaintTrackingSchema.parse(
      await (
        await t.request('/api/complaints/track', {
          method: 'POST',
          json: { ticketNumber: receipt.ticketNumber, phone: '+8613812345678' },
        })
      ).json(),
    );
    expect(tracked.status).toBe('closed');
    expect(tracked.history.map((event) => [event.kind, event.message])).toEqual([
      ['received', undefined],
      ['acknowledged', undefined],
      ['replied', '我局已通知码头核查。'],
      ['closed', '已责令退还。'],
    ]);
    expect(JSON.stringify(tracked)).not.toContain('Market Regulation Bureau (demo regulator)');

    const audit = auditListResponseSchema.parse(
      await (
        await t.request(`/api/audit?resource=complaint&resourceId=${id}`, { token: await t.token('admin') })
      ).json(),
    );
    expect(audit.items.map((entry) => entry.action)).toEqual(['update', 'update', 'update', 'create']);
    // The audit trail says who changed what, not who complained.
    expect(JSON.stringify(audit)).not.toMatch(/8613812345678|li\.wei@example\.com|李伟/);
  });

  it('reroutes a misrouted ticket, which then leaves the regulator’s queue', async () => {
    const admin = await t.token('admin');
    const receipt = await fileTicket({
      category: 'port-charges',
      description: 'Actually about the inspection appointment at the port.',
    });
    const id = await ticketId(receipt.ticketNumber, admin);
    const response = await t.request(`/api/complaints/${id}/reroute`, {
      method: 'POST',
      token: admin,
      json: { unit: 'customs', note: 'inspection' },
    });
    expect(complaintSchema.parse(await response.json()).unit).toBe('customs');
    await expectProblem(
      await t.request(`/api/complaints/${id}/reroute`, { method: 'POST', token: admin, json: { unit: 'customs' } }),
      409,
      'complaint.same_unit',
    );
    await expectProblem(
      await t.request(`/api/complaints/${id}`, { token: await t.token('regulator') }),
      403,
      'auth.forbidden',
    );
  });

  it('filters the queue: overdue, mine, unassigned, by text; bad values each named', async () => {
    const regulator = await t.token('regulator');
    const get = async (query: string) =>
      complaintListResponseSchema.parse(
        await (await t.request(`/api/complaints?${query}`, { token: regulator })).json(),
      );
    const overdue = await get('overdue=true&limit=200');
    const now = Date.now();
    for (const item of overdue.items) expect(item.status).not.toBe('closed');
    expect(
      overdue.items.every(
        (item) => Date.parse(item.sla.acknowledgedAt ? item.sla.replyBy : item.sla.acknowledgeBy) < now,
      ),
    ).toBe(true);
    const mine = await get('assignee=me&limit=200');
    expect(mine.items.every((item) => item.assignee?.id === 'regulator')).toBe(true);
    const unassigned = await get('assignee=unassigned&status=received');
    expect(unassigned.items.every((item) => !item.assignee)).toBe(true);
    const problem = await expectProblem(
      await t.request('/api/complaints?status=lost&sort=name', { token: regulator }),
      400,
      'validation.failed',
    );
    expect(problem.errors?.map((e) => e.path).sort()).toEqual(['sort', 'status']);
  });

  it('serves a ticket’s file as a download that is never rendered in the portal', async () => {
    const regulator = await t.token('regulator');
    const id = crypto.randomUUID();
    await upload(id, '收费单据.pdf', PDF);
    const receipt = await fileTicket({ attachments: [id] });
    const complaintId = await ticketId(receipt.ticketNumber, regulator);
    const response = await t.request(`/api/complaints/${complaintId}/attachments/${id}`, { token: regulator });
    expect(response.status).toBe(200);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PDF);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="____.pdf"; filename*=UTF-8''${encodeURIComponent('收费单据.pdf')}`,
    );
    expect(response.headers.get('content-security-policy')).toContain('sandbox');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    await expectProblem(
      await t.request(`/api/complaints/${complaintId}/attachments/${crypto.randomUUID()}`, { token: regulator }),
      404,
      'attachment.not_found',
    );
  });

  it('counts tickets per month, category and unit, within the viewer’s units', async () => {
    const regulator = await t.token('regulator');
    const stats = complaintStatsSchema.parse(
      await (await t.request('/api/complaints/stats', { token: regulator })).json(),
    );
    expect(stats.months).toHaveLength(12);
    expect(stats.rows.length).toBeGreaterThan(0);
    expect(new Set(stats.rows.map((row) => row.unit))).toEqual(new Set(['market-regulation']));
    const problem = await expectProblem(
      await t.request('/api/complaints/stats?from=2020-01&to=2026-01', { token: regulator }),
      400,
      'validation.failed',
    );
    expect(problem.errors?.[0]?.path).toBe('from');
  });
});

describe('seeding', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sw-complaints-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('adds the directory and demo tickets to a database made before this domain, once, never over data', async () => {
    const path = join(dir, 'portal.db');
    const first = await startApi({ databaseUrl: `file:${path}` });
    const admin = await first.token('admin');
    const seeded = complaintListResponseSchema.parse(
      await (await first.request('/api/complaints', { token: admin })).json(),
    ).total;
    expect(seeded).toBeGreaterThan(40);
    await first.close();

    // As if the database predated the complaint intake: its tables empty, never seeded.
    const raw = new SQLite(path);
    raw.exec(
      "DELETE FROM complaint_attachments; DELETE FROM complaint_events; DELETE FROM complaints; DELETE FROM hotlines; DELETE FROM meta WHERE key = 'complaints_seeded_at'",
    );
    raw.close();
    const second = await startApi({ databaseUrl: `file:${path}` });
    const token = await second.token('admin');
    expect(
      complaintListResponseSchema.parse(await (await second.request('/api/complaints', { token })).json()).total,
    ).toBe(seeded);
    expect((await second.request('/api/complaints', { method: 'POST', json: sampleComplaintRequest() })).status).toBe(
      201,
    );
    await second.close();

    // Restarted: nothing seeded again, the new ticket kept.
    const third = await startApi({ databaseUrl: `file:${path}` });
    expect(
      complaintListResponseSchema.parse(await (await third.request('/api/complaints', { token })).json()).total,
    ).toBe(seeded + 1);
    await third.close();
  });
});
