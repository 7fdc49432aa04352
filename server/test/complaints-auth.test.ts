/**
 * The complaint endpoints × roles, one real request per cell: anyone files, uploads and tracks;
 * only staff (regulator, admin) list, read and work tickets. A refused cell answers 401
 * auth.required without a token and 403 auth.forbidden with one, and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bytesToBase64,
  complaintReceiptSchema,
  complaintListResponseSchema,
  sampleComplaintRequest,
} from '@sw/contracts';
import { expectProblem, startApi, type TestApi } from './helpers.ts';

type Caller = 'public' | 'operator' | 'regulator' | 'admin';
const CALLERS: Caller[] = ['public', 'operator', 'regulator', 'admin'];
const USERS: Record<Caller, string | undefined> = {
  public: undefined,
  operator: 'operator-yict',
  regulator: 'regulator',
  admin: 'admin',
};

let t: TestApi;
beforeAll(async () => {
  t = await startApi({ rateLimit: false });
});
afterAll(() => t.close());

const tokenOf = async (caller: Caller) => (USERS[caller] ? await t.token(USERS[caller]) : undefined);

/** A new port-charge ticket (market regulation's), with its id for staff routes. */
async function newTicket(): Promise<{ id: string; ticketNumber: string; version: () => Promise<string> }> {
  const receipt = complaintReceiptSchema.parse(
    await (await t.request('/api/complaints', { method: 'POST', json: sampleComplaintRequest() })).json(),
  );
  const admin = await t.token('admin');
  const list = complaintListResponseSchema.parse(
    await (await t.request(`/api/complaints?q=${receipt.ticketNumber}`, { token: admin })).json(),
  );
  const id = list.items[0]!.id;
  return {
    id,
    ticketNumber: receipt.ticketNumber,
    version: async () => JSON.stringify(await (await t.request(`/api/complaints/${id}`, { token: admin })).json()),
  };
}

const staff = { public: 401, operator: 403, regulator: 200, admin: 200 } as const;

const CELLS: Array<{
  name: string;
  expected: Record<Caller, number>;
  run: (token: string | undefined) => Promise<{ response: Response; unchanged?: () => Promise<void> }>;
}> = [
  {
    name: 'GET /api/hotlines',
    expected: { public: 200, operator: 200, regulator: 200, admin: 200 },
    run: async (token) => ({ response: await t.request('/api/hotlines', { token }) }),
  },
  {
    name: 'PUT /api/complaints/attachments/{id}',
    expected: { public: 201, operator: 201, regulator: 201, admin: 201 },
    run: async (token) => ({
      response: await t.request(`/api/complaints/attachments/${crypto.randomUUID()}`, {
        method: 'PUT',
        token,
        json: { name: 'a.pdf', content: bytesToBase64(new TextEncoder().encode('%PDF-1.4')) },
      }),
    }),
  },
  {
    name: 'POST /api/complaints',
    expected: { public: 201, operator: 201, regulator: 201, admin: 201 },
    run: async (token) => ({
      response: await t.request('/api/complaints', { method: 'POST', token, json: sampleComplaintRequest() }),
    }),
  },
  {
    name: 'POST /api/complaints/track',
    expected: { public: 200, operator: 200, regulator: 200, admin: 200 },
    run: async (token) => {
      const ticket = await newTicket();
      return {
        response: await t.request('/api/complaints/track', {
          method: 'POST',
          token,
          json: { ticketNumber: ticket.ticketNumber, email: 'li.wei@example.com' },
        }),
      };
    },
  },
  {
    name: 'GET /api/complaints',
    expected: staff,
    run: async (token) => ({ response: await t.request('/api/complaints', { token }) }),
  },
  {
    name: 'GET /api/complaints/stats',
    expected: staff,
    run: async (token) => ({ response: await t.request('/api/complaints/stats', { token }) }),
  },
  {
    name: 'GET /api/complaints/staff',
    expected: staff,
    run: async (token) => ({ response: await t.request('/api/complaints/staff', { token }) }),
  },
  {
    name: 'GET /api/complaints/{id}',
    expected: staff,
    run: async (token) => ({ response: await t.request(`/api/complaints/${(await newTicket()).id}`, { token }) }),
  },
  ...(
    [
      ['assign', { assigneeId: 'admin' }],
      ['reroute', { unit: 'customs' }],
      ['replies', { message: 'We are looking into it.' }],
      ['close', { outcome: 'answered', resolution: 'Answered by phone.' }],
    ] as const
  ).map(([path, json]) => ({
    name: `POST /api/complaints/{id}/${path}`,
    expected: staff,
    run: async (token: string | undefined) => {
      const ticket = await newTicket();
      const before = await ticket.version();
      return {
        response: await t.request(`/api/complaints/${ticket.id}/${path}`, { method: 'POST', token, json }),
        unchanged: async () => expect(await ticket.version()).toBe(before),
      };
    },
  })),
];

describe.each(CELLS)('$name', (cell) => {
  it.each(CALLERS)('%s', async (caller) => {
    const { response, unchanged } = await cell.run(await tokenOf(caller));
    const expected = cell.expected[caller];
    if (expected === 401) await expectProblem(response, 401, 'auth.required');
    else if (expected === 403) await expectProblem(response, 403, 'auth.forbidden');
    else expect(response.status, await response.clone().text()).toBe(expected);
    if (expected >= 400) await unchanged?.();
  });
});
