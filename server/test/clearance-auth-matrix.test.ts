/**
 * The clearance guide's role × action matrix over HTTP, one real request per cell. The steps belong
 * to Shenzhen Customs: "operator (own)" is its operator, "operator (other)" YICT's. A refused cell
 * answers 401 auth.required without a token and 403 auth.forbidden with one, and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearanceDraftSchema, type StepContent } from '@sw/contracts';
import { CLEARANCE_PROCEDURES } from '@sw/mocks/data';
import { expectProblem, startApi, type TestApi } from './helpers.ts';

type Caller = 'public' | 'operator (own)' | 'operator (other)' | 'regulator' | 'admin';
const CALLERS: Caller[] = ['public', 'operator (own)', 'operator (other)', 'regulator', 'admin'];
const USERS: Record<Caller, string | undefined> = {
  public: undefined,
  'operator (own)': 'operator-customs',
  'operator (other)': 'operator-yict',
  regulator: 'regulator',
  admin: 'admin',
};

/** Customs steps of every procedure, handed out one per cell so each acts on a step of its own. */
const customsSteps = CLEARANCE_PROCEDURES.flatMap((procedure) =>
  procedure.steps.filter((step) => step.agencyId === 'shenzhen-customs').map((step) => ({ procedure, step })),
);
let next = 0;

function newDraftBody() {
  const { procedure, step } = customsSteps[next++]!;
  const { id: _id, agencyId: _agency, ...content } = step;
  return { procedureId: procedure.id, stepId: step.id, content: content as StepContent, note: 'Matrix change' };
}

let t: TestApi;
beforeAll(async () => {
  t = await startApi({ rateLimit: false });
});
afterAll(() => t.close());

async function tokenOf(caller: Caller) {
  const user = USERS[caller];
  return user ? await t.token(user) : undefined;
}

/** A customs draft made by customs' own operator, optionally submitted. */
async function customsDraft(submitted = false) {
  const token = await t.token('operator-customs');
  const response = await t.request('/api/clearance/drafts', { method: 'POST', token, json: newDraftBody() });
  expect(response.status).toBe(201);
  const draft = clearanceDraftSchema.parse(await response.json());
  if (submitted) await t.request(`/api/clearance/drafts/${draft.id}/submit`, { method: 'POST', token });
  return draft;
}

const statusOf = async (id: string) =>
  clearanceDraftSchema.parse(
    await (await t.request(`/api/clearance/drafts/${id}`, { token: await t.token('admin') })).json(),
  );

interface Cell {
  expected: Record<Caller, number>;
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
const AGENCY_ONLY = { public: 401, 'operator (other)': 403, regulator: 403 };

const MATRIX: Record<string, Cell> = {
  'clearance-draft × create': {
    expected: allow(201, AGENCY_ONLY),
    async run(token) {
      const body = newDraftBody();
      const response = await t.request('/api/clearance/drafts', { method: 'POST', token, json: body });
      return {
        response,
        unchanged: async () => {
          const all = await (await t.request('/api/clearance/drafts', { token: await t.token('admin') })).json();
          expect(
            all.items.some(
              (d: { stepId: string; procedureId: string }) =>
                d.procedureId === body.procedureId && d.stepId === body.stepId,
            ),
          ).toBe(false);
        },
      };
    },
  },
  'clearance-draft × read': {
    expected: allow(200, AGENCY_ONLY),
    async run(token) {
      const draft = await customsDraft();
      return { response: await t.request(`/api/clearance/drafts/${draft.id}`, { token }), unchanged: async () => {} };
    },
  },
  'clearance-draft × update': {
    expected: allow(200, AGENCY_ONLY),
    async run(token) {
      const draft = await customsDraft();
      const response = await t.request(`/api/clearance/drafts/${draft.id}`, {
        method: 'PUT',
        token,
        json: { content: draft.content, note: 'Changed by the matrix' },
      });
      return { response, unchanged: async () => expect((await statusOf(draft.id)).note).toBe(draft.note) };
    },
  },
  'clearance-draft × submit': {
    expected: allow(200, AGENCY_ONLY),
    async run(token) {
      const draft = await customsDraft();
      const response = await t.request(`/api/clearance/drafts/${draft.id}/submit`, { method: 'POST', token });
      return { response, unchanged: async () => expect((await statusOf(draft.id)).status).toBe('draft') };
    },
  },
  'clearance-draft × review': {
    expected: allow(200, { public: 401, 'operator (own)': 403, 'operator (other)': 403, regulator: 403 }),
    async run(token) {
      const draft = await customsDraft(true);
      const response = await t.request(`/api/clearance/drafts/${draft.id}/review`, {
        method: 'POST',
        token,
        json: { decision: 'reject', comment: 'Not yet' },
      });
      return { response, unchanged: async () => expect((await statusOf(draft.id)).status).toBe('in-review') };
    },
  },
  'clearance-draft × list': {
    expected: allow(200, { public: 401, regulator: 403 }),
    async run(token) {
      return { response: await t.request('/api/clearance/drafts', { token }), unchanged: async () => {} };
    },
  },
};

describe.each(Object.entries(MATRIX))('%s', (_name, cell) => {
  it.each(CALLERS)('%s', async (caller) => {
    const expected = cell.expected[caller];
    const { response, unchanged } = await cell.run(await tokenOf(caller));
    if (expected < 300) {
      expect(response.status, await response.clone().text()).toBe(expected);
    } else {
      await expectProblem(response, expected, expected === 401 ? 'auth.required' : 'auth.forbidden');
      await unchanged();
    }
  });
});

describe('the public reads of the guide need no token', () => {
  it.each(['/api/clearance/procedures', '/api/clearance/agencies', '/api/clearance/benchmarks'])('%s', async (path) => {
    expect((await t.request(path)).status).toBe(200);
  });

  it('an anonymous write with an invalid body still gets 401, not 400', async () => {
    await expectProblem(
      await t.request('/api/clearance/drafts', { method: 'POST', json: { x: 1 } }),
      401,
      'auth.required',
    );
  });
});
