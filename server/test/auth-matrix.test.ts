/**
 * The role × resource × action matrix over HTTP: every cell is one real request. Records belong
 * to YICT; "operator (own)" is YICT's operator, "operator (other)" SCT's. A refused cell answers
 * 401 auth.required without a token and 403 auth.forbidden with one, and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feeItemSchema, objectionSchema } from '@sw/contracts';
import { OBJECTION, expectProblem, newFee, startApi, type TestApi } from './helpers.ts';

type Caller = 'public' | 'operator (own)' | 'operator (other)' | 'regulator' | 'admin';
const CALLERS: Caller[] = ['public', 'operator (own)', 'operator (other)', 'regulator', 'admin'];
const USERS: Record<Caller, string | undefined> = {
  public: undefined,
  'operator (own)': 'operator-yict',
  'operator (other)': 'operator-sct',
  regulator: 'regulator',
  admin: 'admin',
};

let t: TestApi;
let serial = 0;

async function tokenOf(caller: Caller) {
  const user = USERS[caller];
  return user ? await t.token(user) : undefined;
}

/** A new publicised YICT item (made by the admin), so each cell acts on a record of its own. */
async function yictFee(): Promise<string> {
  const response = await t.request('/api/fees', {
    method: 'POST',
    token: await t.token('admin'),
    json: newFee(`MX-${++serial}`, { chargingBodyId: 'yict' }),
  });
  expect(response.status).toBe(201);
  return feeItemSchema.parse(await response.json()).id;
}

async function openObjection(feeId: string): Promise<string> {
  const response = await t.request(`/api/fees/${feeId}/objections`, { method: 'POST', json: OBJECTION });
  expect(response.status).toBe(201);
  return objectionSchema.parse(await response.json()).id;
}

interface Cell {
  /** Expected status per caller: a 2xx when allowed. */
  expected: Record<Caller, number>;
  /** Makes the request; `check` verifies nothing changed after a refusal. */
  run(token: string | undefined): Promise<{ response: Response; unchanged: () => Promise<void> }>;
}

const allow = (ok: number, refused: Partial<Record<Caller, number>>): Record<Caller, number> => ({
  public: ok,
  'operator (own)': ok,
  'operator (other)': ok,
  regulator: ok,
  admin: ok,
  ...refused,
});

const MATRIX: Record<string, Cell> = {
  'fee × create': {
    expected: allow(201, { public: 401, 'operator (other)': 403, regulator: 403 }),
    async run(token) {
      const code = `MX-NEW-${++serial}`;
      const response = await t.request('/api/fees', {
        method: 'POST',
        token,
        json: newFee(code, { chargingBodyId: 'yict' }),
      });
      return {
        response,
        unchanged: async () => {
          const all = await (await t.request(`/api/fees?q=${code}`)).json();
          expect(all.total).toBe(0);
        },
      };
    },
  },
  'fee × update': {
    expected: allow(200, { public: 401, 'operator (other)': 403, regulator: 403 }),
    async run(token) {
      const id = await yictFee();
      const before = await (await t.request(`/api/fees/${id}`)).json();
      const response = await t.request(`/api/fees/${id}`, {
        method: 'PATCH',
        token,
        json: { standard: { kind: 'fixed', amount: 999, currency: 'CNY' } },
      });
      return {
        response,
        unchanged: async () => expect(await (await t.request(`/api/fees/${id}`)).json()).toEqual(before),
      };
    },
  },
  'fee × status change': {
    expected: allow(200, { public: 401, 'operator (other)': 403, regulator: 403 }),
    async run(token) {
      const id = await yictFee();
      // A publicised item may be withdrawn at once (taking effect waits for its publicity to end).
      const response = await t.request(`/api/fees/${id}`, { method: 'PATCH', token, json: { status: 'withdrawn' } });
      return {
        response,
        unchanged: async () => expect((await (await t.request(`/api/fees/${id}`)).json()).status).toBe('publicised'),
      };
    },
  },
  'objection × create': {
    expected: allow(201, {}),
    async run(token) {
      const id = await yictFee();
      const response = await t.request(`/api/fees/${id}/objections`, { method: 'POST', token, json: OBJECTION });
      return { response, unchanged: async () => {} };
    },
  },
  'objection × list (one charge)': {
    expected: allow(200, { public: 401, 'operator (other)': 403 }),
    async run(token) {
      const id = await yictFee();
      await openObjection(id);
      return { response: await t.request(`/api/fees/${id}/objections`, { token }), unchanged: async () => {} };
    },
  },
  'objection × list (all)': {
    expected: allow(200, { public: 401, 'operator (own)': 403, 'operator (other)': 403 }),
    async run(token) {
      return { response: await t.request('/api/objections', { token }), unchanged: async () => {} };
    },
  },
  'objection × resolve': {
    expected: allow(200, { public: 401, 'operator (own)': 403, 'operator (other)': 403 }),
    async run(token) {
      const objection = await openObjection(await yictFee());
      const response = await t.request(`/api/objections/${objection}`, {
        method: 'PATCH',
        token,
        json: { status: 'dismissed', resolution: 'The service is distinct from terminal handling.' },
      });
      return {
        response,
        unchanged: async () => {
          const all = await (await t.request('/api/objections', { token: await t.token('admin') })).json();
          expect(all.items.find((o: { id: string }) => o.id === objection).status).toBe('open');
        },
      };
    },
  },
  'audit × read': {
    expected: allow(200, { public: 401, 'operator (own)': 403, 'operator (other)': 403, regulator: 403 }),
    async run(token) {
      return { response: await t.request('/api/audit', { token }), unchanged: async () => {} };
    },
  },
};

beforeAll(async () => {
  t = await startApi({ rateLimit: false });
});
afterAll(() => t.close());

describe.each(Object.entries(MATRIX))('%s', (_name, cell) => {
  it.each(CALLERS)('%s', async (caller) => {
    const expected = cell.expected[caller];
    const { response, unchanged } = await cell.run(await tokenOf(caller));
    if (expected < 300) {
      expect(response.status, await response.clone().text()).toBe(expected);
    } else {
      await expectProblem(response, expected, expected === 401 ? 'auth.required' : 'auth.forbidden');
      if (expected === 401) expect(response.headers.get('www-authenticate')).toContain('Bearer');
      await unchanged();
    }
  });
});

describe('operators see objections to their charges without who lodged them', () => {
  it('leaves out name, organisation and contact for operators, keeps them for the regulator', async () => {
    const id = await yictFee();
    await openObjection(id);
    const forOperator = await (
      await t.request(`/api/fees/${id}/objections`, { token: await t.token('operator-yict') })
    ).json();
    const forRegulator = await (
      await t.request(`/api/fees/${id}/objections`, { token: await t.token('regulator') })
    ).json();
    expect(forOperator.items[0]).not.toHaveProperty('name');
    expect(forOperator.items[0]).not.toHaveProperty('contact');
    expect(forOperator.items[0].reason).toBe(OBJECTION.reason);
    expect(forRegulator.items[0]).toMatchObject({ name: OBJECTION.name, contact: OBJECTION.contact });
  });
});

describe('the refused cells are refused before the body is read', () => {
  it('an anonymous write with an invalid body still gets 401, not 400', async () => {
    await expectProblem(
      await t.request('/api/fees', { method: 'POST', json: { nonsense: true } }),
      401,
      'auth.required',
    );
    await expectProblem(
      await t.request('/api/fees/fee-thc-yantian-20', { method: 'PATCH', json: { status: 'bogus' } }),
      401,
      'auth.required',
    );
  });
});
