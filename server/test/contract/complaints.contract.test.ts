/**
 * The complaint intake's contract: the same requests to the reference server and to the msw mocks,
 * answered as the contract says and the same as each other. Both hold the same demo tickets (made
 * from the day's date) and directory; writes are compared with their generated parts (ids, ticket
 * numbers, times) set aside.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  PROBLEM_CONTENT_TYPE,
  bytesToBase64,
  complaintAttachmentSchema,
  complaintListResponseSchema,
  complaintReceiptSchema,
  complaintSchema,
  complaintStaffListResponseSchema,
  complaintStatsSchema,
  complaintTrackingSchema,
  hotlineListResponseSchema,
  problemSchema,
  sampleComplaintRequest,
  tokenResponseSchema,
} from '@sw/contracts';
import { demoComplaints } from '@sw/mocks/data';
import { mocksTarget, serverTarget, type Target } from './targets.ts';

const ORIGIN = 'http://localhost:4100';
const targets: Target[] = [];
const tokens = new Map<string, string>();

beforeAll(async () => {
  targets.push(await serverTarget(), mocksTarget());
});
afterAll(async () => {
  await Promise.all(targets.map((target) => target.close()));
});

interface Answer {
  status: number;
  contentType: string | null;
  body: unknown;
}

async function ask(
  target: Target,
  path: string,
  init: { method?: string; json?: unknown; user?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const headers = new Headers(init.headers);
  if (init.json !== undefined) headers.set('content-type', 'application/json');
  if (init.user) headers.set('authorization', `Bearer ${await tokenFor(target, init.user)}`);
  const response = await target.fetch(
    new Request(ORIGIN + path, {
      method: init.method ?? 'GET',
      headers,
      ...(init.json !== undefined ? { body: JSON.stringify(init.json) } : {}),
    }),
  );
  return { status: response.status, contentType: response.headers.get('content-type'), body: await response.json() };
}

async function tokenFor(target: Target, user: string): Promise<string> {
  const key = `${target.name}:${user}`;
  if (!tokens.has(key)) {
    const response = await target.fetch(
      new Request(`${ORIGIN}/api/dev/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ user }),
      }),
    );
    tokens.set(key, tokenResponseSchema.parse(await response.json()).token);
  }
  return tokens.get(key)!;
}

const bothAsk = (path: string, init?: Parameters<typeof ask>[2]) =>
  Promise.all(targets.map((target) => ask(target, path, init)));

const demoTicket = demoComplaints(new Date()).find(
  (c) => c.unit === 'market-regulation' && c.attachments.length === 0,
)!;
const customsTicket = demoComplaints(new Date()).find((c) => c.unit === 'customs')!;

interface ReadCase {
  name: string;
  path: string;
  user?: string;
  status: number;
  schema: z.ZodType;
  check?: (body: never) => void;
}

const problem = (code: string) => (body: z.infer<typeof problemSchema>) => expect(body.code).toBe(code);

const READS: ReadCase[] = [
  { name: 'the hotline directory', path: '/api/hotlines', status: 200, schema: hotlineListResponseSchema },
  {
    name: 'the regulator’s queue',
    path: '/api/complaints?limit=200',
    user: 'regulator',
    status: 200,
    schema: complaintListResponseSchema,
    check: (body: z.infer<typeof complaintListResponseSchema>) =>
      expect(body.items.every((item) => item.unit === 'market-regulation')).toBe(true),
  },
  {
    name: 'the admin’s queue, newest first, paged',
    path: '/api/complaints?sort=submittedAt&order=desc&limit=10&offset=5',
    user: 'admin',
    status: 200,
    schema: complaintListResponseSchema,
  },
  {
    name: 'overdue and unassigned',
    path: '/api/complaints?overdue=true&assignee=unassigned',
    user: 'admin',
    status: 200,
    schema: complaintListResponseSchema,
  },
  {
    name: 'by category and status, lists repeated',
    path: '/api/complaints?category=clearance&category=system&status=closed,replied',
    user: 'admin',
    status: 200,
    schema: complaintListResponseSchema,
  },
  {
    name: 'search',
    path: `/api/complaints?q=${encodeURIComponent('码头')}`,
    user: 'admin',
    status: 200,
    schema: complaintListResponseSchema,
  },
  {
    name: 'invalid filters',
    path: '/api/complaints?status=lost&limit=0&overdue=maybe',
    user: 'admin',
    status: 400,
    schema: problemSchema,
    check: (body: z.infer<typeof problemSchema>) =>
      expect(body.errors?.map((e) => e.path).sort()).toEqual(['limit', 'overdue', 'status']),
  },
  {
    name: 'the queue without a token',
    path: '/api/complaints',
    status: 401,
    schema: problemSchema,
    check: problem('auth.required'),
  },
  {
    name: 'the queue for an operator',
    path: '/api/complaints',
    user: 'operator-yict',
    status: 403,
    schema: problemSchema,
    check: problem('auth.forbidden'),
  },
  { name: 'statistics', path: '/api/complaints/stats', user: 'admin', status: 200, schema: complaintStatsSchema },
  {
    name: 'statistics of a range',
    path: '/api/complaints/stats?from=2026-06&to=2026-09',
    user: 'regulator',
    status: 200,
    schema: complaintStatsSchema,
  },
  {
    name: 'statistics, from after to',
    path: '/api/complaints/stats?from=2026-09&to=2026-06',
    user: 'admin',
    status: 400,
    schema: problemSchema,
    check: problem('validation.failed'),
  },
  {
    name: 'the staff',
    path: '/api/complaints/staff',
    user: 'admin',
    status: 200,
    schema: complaintStaffListResponseSchema,
  },
  {
    name: 'one ticket in full',
    path: `/api/complaints/${demoTicket.id}`,
    user: 'regulator',
    status: 200,
    schema: complaintSchema,
    check: (body: z.infer<typeof complaintSchema>) => expect(body).toEqual(demoTicket),
  },
  {
    name: 'a ticket of another unit',
    path: `/api/complaints/${customsTicket.id}`,
    user: 'regulator',
    status: 403,
    schema: problemSchema,
    check: problem('auth.forbidden'),
  },
  {
    name: 'an unknown ticket',
    path: '/api/complaints/nothing-here',
    user: 'admin',
    status: 404,
    schema: problemSchema,
    check: problem('complaint.not_found'),
  },
];

describe.each(READS)('contract: $name', (testCase) => {
  it.each(['server', 'mocks'] as const)('%s answers as the contract says', async (name) => {
    const answer = await ask(
      targets.find((t) => t.name === name)!,
      testCase.path,
      { user: testCase.user },
    );
    expect(answer.status).toBe(testCase.status);
    expect(answer.contentType).toBe(testCase.status < 400 ? 'application/json' : PROBLEM_CONTENT_TYPE);
    expect(testCase.schema.safeParse(answer.body).error?.issues ?? []).toEqual([]);
    testCase.check?.(answer.body as never);
  });

  it('server and mocks give the same answer', async () => {
    const [server, mocks] = await bothAsk(testCase.path, { user: testCase.user });
    expect(server).toEqual(mocks);
  });
});

/** A write's answer with what each side generates (ids, numbers, times) replaced by placeholders. */
function generic(answer: Answer): Answer {
  const text = JSON.stringify(answer.body)
    .replace(/HL-\d{8}-[0-9A-Z]{6}/g, 'HL-…')
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/g, 'time')
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'uuid')
    .replace(/"instance":"[^"]*"/g, '"instance":"…"');
  return { ...answer, body: JSON.parse(text) };
}

describe('contract: filing, tracking and replying', () => {
  it('server and mocks upload, refuse disguised files, file once per key and show replies alike', async () => {
    const results = await Promise.all(
      targets.map(async (target) => {
        const id = crypto.randomUUID();
        const pdf = bytesToBase64(new TextEncoder().encode('%PDF-1.4\n%contract\n'));
        const uploaded = await ask(target, `/api/complaints/attachments/${id}`, {
          method: 'PUT',
          json: { name: 'bill.pdf', content: pdf },
        });
        const replayed = await ask(target, `/api/complaints/attachments/${id}`, {
          method: 'PUT',
          json: { name: 'bill.pdf', content: pdf },
        });
        const disguised = await ask(target, `/api/complaints/attachments/${crypto.randomUUID()}`, {
          method: 'PUT',
          json: { name: 'photo.jpg', content: pdf },
        });
        const request = sampleComplaintRequest({
          attachments: [id],
          description: 'Charged twice for one lifting move at the terminal.',
        });
        const headers = { 'Idempotency-Key': `contract-${target.name}` };
        const filed = await ask(target, '/api/complaints', { method: 'POST', json: request, headers });
        const again = await ask(target, '/api/complaints', { method: 'POST', json: request, headers });
        const invalid = await ask(target, '/api/complaints', {
          method: 'POST',
          json: { ...request, consent: false, contact: { name: '' } },
        });
        const receipt = complaintReceiptSchema.parse(filed.body);
        expect(complaintReceiptSchema.parse(again.body).ticketNumber).toBe(receipt.ticketNumber);
        const queue = complaintListResponseSchema.parse(
          (await ask(target, `/api/complaints?q=${receipt.ticketNumber}`, { user: 'regulator' })).body,
        );
        const ticketId = queue.items[0]!.id;
        const replied = await ask(target, `/api/complaints/${ticketId}/replies`, {
          method: 'POST',
          json: { message: '已受理。' },
          user: 'regulator',
        });
        const tracked = await ask(target, '/api/complaints/track', {
          method: 'POST',
          json: { ticketNumber: receipt.ticketNumber, phone: '+8613812345678' },
        });
        const wrongContact = await ask(target, '/api/complaints/track', {
          method: 'POST',
          json: { ticketNumber: receipt.ticketNumber, phone: '+8613900000000' },
        });
        complaintAttachmentSchema.parse(uploaded.body);
        complaintSchema.parse(replied.body);
        complaintTrackingSchema.parse(tracked.body);
        return [uploaded, replayed, disguised, filed, again, invalid, replied, tracked, wrongContact].map(generic);
      }),
    );
    const [server, mocks] = results;
    expect(server!.map((a) => a.status)).toEqual([201, 200, 415, 201, 201, 400, 200, 200, 404]);
    expect(server).toEqual(mocks);
  });
});
