/**
 * The clearance guide in the contract suite: the same requests to the reference server and to the
 * msw mocks, answered as the contract says and identically; then one proposal's whole life (draft,
 * refusals, rejection, approval, new version) on both, step by step.
 */
import { getResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  PROBLEM_CONTENT_TYPE,
  agencyListResponseSchema,
  benchmarkListResponseSchema,
  clearanceDraftSchema,
  clearanceProcedureSchema,
  draftListResponseSchema,
  problemSchema,
  procedureListResponseSchema,
  procedureVersionListSchema,
} from '@sw/contracts';
import { createAuthHandlers, createClearanceHandlers, createClearanceMockStore } from '@sw/mocks';
import { CLEARANCE_PROCEDURES } from '@sw/mocks/data';
import { createPortalApi } from '../../src/index.ts';
import { mocksTarget, serverTarget, type Target } from './targets.ts';

const ORIGIN = 'http://localhost:4100';
const JSON_TYPE = 'application/json';

interface Case {
  name: string;
  path: string;
  status: number;
  schema: z.ZodType;
  check?: (body: never) => void;
}

const list = procedureListResponseSchema;
const ids = (body: z.infer<typeof list>) => body.items.map((item) => item.id);

const CASES: Case[] = [
  {
    name: 'every procedure',
    path: '/api/clearance/procedures',
    status: 200,
    schema: list,
    check: (body: z.infer<typeof list>) => expect(ids(body)).toEqual(CLEARANCE_PROCEDURES.map((p) => p.id)),
  },
  {
    name: 'mode and direction',
    path: '/api/clearance/procedures?mode=road&direction=export',
    status: 200,
    schema: list,
  },
  {
    name: 'port, cargo and trader',
    path: '/api/clearance/procedures?port=yantian&cargo=food&trader=forwarder',
    status: 200,
    schema: list,
  },
  {
    name: 'variants, repeated',
    path: '/api/clearance/procedures?variant=two-step&variant=green-channel',
    status: 200,
    schema: list,
  },
  {
    name: 'search in traditional Chinese',
    path: `/api/clearance/procedures?q=${encodeURIComponent('提前申報')}`,
    status: 200,
    schema: list,
    check: (body: z.infer<typeof list>) => expect(ids(body).length).toBeGreaterThanOrEqual(3),
  },
  { name: 'no match', path: '/api/clearance/procedures?mode=air&direction=transit', status: 200, schema: list },
  { name: 'bad filters', path: '/api/clearance/procedures?mode=boat&cargo=gold', status: 400, schema: problemSchema },
  {
    name: 'one procedure',
    path: '/api/clearance/procedures/baoan-air-import-standard',
    status: 200,
    schema: clearanceProcedureSchema,
  },
  { name: 'an unknown procedure', path: '/api/clearance/procedures/nope', status: 404, schema: problemSchema },
  {
    name: 'versions',
    path: '/api/clearance/procedures/fresh-produce-hk-green-channel/versions',
    status: 200,
    schema: procedureVersionListSchema,
  },
  {
    name: 'version 1',
    path: '/api/clearance/procedures/customs-administrative-review/versions/1',
    status: 200,
    schema: clearanceProcedureSchema,
  },
  {
    name: 'an unknown version',
    path: '/api/clearance/procedures/customs-administrative-review/versions/7',
    status: 404,
    schema: problemSchema,
  },
  { name: 'agencies', path: '/api/clearance/agencies', status: 200, schema: agencyListResponseSchema },
  { name: 'benchmarks', path: '/api/clearance/benchmarks', status: 200, schema: benchmarkListResponseSchema },
  { name: 'drafts need a token', path: '/api/clearance/drafts', status: 401, schema: problemSchema },
];

interface Answer {
  status: number;
  contentType: string | null;
  body: unknown;
}

async function ask(target: Target, path: string, init: RequestInit = {}): Promise<Answer> {
  const response = await target.fetch(new Request(ORIGIN + path, init));
  return { status: response.status, contentType: response.headers.get('content-type'), body: await response.json() };
}

const targets: Target[] = [];
beforeAll(async () => {
  targets.push(await serverTarget(), mocksTarget());
});
afterAll(async () => {
  await Promise.all(targets.map((target) => target.close()));
});

describe.each(CASES)('contract: clearance $name', (testCase) => {
  it.each(['server', 'mocks'] as const)('%s answers as the contract says', async (name) => {
    const answer = await ask(
      targets.find((t) => t.name === name)!,
      testCase.path,
    );
    expect(answer.status).toBe(testCase.status);
    expect(answer.contentType).toBe(testCase.status < 300 ? JSON_TYPE : PROBLEM_CONTENT_TYPE);
    expect(testCase.schema.safeParse(answer.body).error?.issues ?? []).toEqual([]);
    testCase.check?.(answer.body as never);
  });

  it('server and mocks give the same answer', async () => {
    const [server, mocks] = await Promise.all(targets.map((target) => ask(target, testCase.path)));
    expect(server).toEqual(mocks);
  });
});

describe('contract: a proposal through review, on both', () => {
  /** Fresh state on both sides: a new in-memory server and a new mock store. */
  const fresh: Target[] = [];
  beforeAll(async () => {
    const api = createPortalApi({ databaseUrl: ':memory:', mode: 'development', log: () => {} });
    await api.ready;
    fresh.push({ name: 'server', fetch: (request) => api.fetch(request), close: () => api.close() });
    const handlers = [...createAuthHandlers(), ...createClearanceHandlers({ store: createClearanceMockStore() })];
    fresh.push({
      name: 'mocks',
      fetch: async (request) => (await getResponse(handlers, request))!,
      close: async () => {},
    });
  });
  afterAll(async () => {
    await Promise.all(fresh.map((target) => target.close()));
  });

  /**
   * Sends the same request to both as the same demo user (a path per target when ids differ); their
   * statuses and codes must agree.
   */
  async function both(user: string | undefined, path: string | string[], method = 'GET', json?: unknown) {
    return Promise.all(
      fresh.map(async (target, index) => {
        const headers: Record<string, string> = {};
        if (user) {
          const login = await target.fetch(
            new Request(`${ORIGIN}/api/dev/login`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ user }),
            }),
          );
          headers.authorization = `Bearer ${((await login.json()) as { token: string }).token}`;
        }
        if (json !== undefined) headers['content-type'] = 'application/json';
        const url = Array.isArray(path) ? path[index]! : path;
        return ask(target, url, { method, headers, ...(json !== undefined ? { body: JSON.stringify(json) } : {}) });
      }),
    );
  }

  const expectSame = (answers: Answer[], status: number, code?: string) => {
    for (const answer of answers) {
      expect(answer.status).toBe(status);
      if (code) expect((answer.body as { code: string }).code).toBe(code);
    }
  };

  it('goes the same way on the server and in the mocks', async () => {
    const procedure = CLEARANCE_PROCEDURES.find((p) => p.id === 'huanggang-road-export-standard')!;
    const { id: _id, agencyId: _a, ...content } = procedure.steps.find((s) => s.id === 'release')!;
    const create = { procedureId: procedure.id, stepId: 'release', content, note: 'Release within 1 h' };

    expectSame(await both(undefined, '/api/clearance/drafts', 'POST', create), 401, 'auth.required');
    expectSame(await both('operator-yict', '/api/clearance/drafts', 'POST', create), 403, 'auth.forbidden');
    expectSame(
      await both('operator-customs', '/api/clearance/drafts', 'POST', { ...create, note: '' }),
      400,
      'validation.failed',
    );
    expectSame(
      await both('operator-customs', '/api/clearance/drafts', 'POST', { ...create, stepId: 'nope' }),
      404,
      'clearance.step_not_found',
    );
    const created = await both('operator-customs', '/api/clearance/drafts', 'POST', create);
    expectSame(created, 201);
    const [serverDraft, mockDraft] = created.map((a) => clearanceDraftSchema.parse(a.body));
    const strip = ({ id: _i, createdAt: _c, updatedAt: _u, ...rest }: z.infer<typeof clearanceDraftSchema>) => rest;
    expect(strip(serverDraft!)).toEqual(strip(mockDraft!));
    expectSame(await both('operator-customs', '/api/clearance/drafts', 'POST', create), 409, 'clearance.draft_exists');

    const drafts = (suffix: string) =>
      [serverDraft!, mockDraft!].map((draft) => `/api/clearance/drafts/${draft.id}${suffix}`);
    const perTarget = (user: string, suffix: string, method: string, json?: unknown) =>
      both(user, drafts(suffix), method, json);
    expectSame(await perTarget('operator-customs', '/submit', 'POST'), 200);
    expectSame(
      await perTarget('operator-customs', '', 'PUT', { content, note: 'x' }),
      409,
      'clearance.draft_not_editable',
    );
    expectSame(await perTarget('regulator', '/review', 'POST', { decision: 'approve' }), 403, 'auth.forbidden');
    expectSame(await perTarget('admin', '/review', 'POST', { decision: 'reject' }), 400, 'validation.failed');
    expectSame(await perTarget('admin', '/review', 'POST', { decision: 'reject', comment: 'Name the unit' }), 200);
    expectSame(
      await perTarget('operator-customs', '', 'PUT', { content, note: 'Release within 1 h (unit named)' }),
      200,
    );
    expectSame(await perTarget('operator-customs', '/submit', 'POST'), 200);
    const approved = await perTarget('admin', '/review', 'POST', { decision: 'approve' });
    expectSame(approved, 200);
    for (const answer of approved)
      expect(clearanceDraftSchema.parse(answer.body)).toMatchObject({ status: 'approved', publishedVersion: 2 });

    const versions = await both(undefined, `/api/clearance/procedures/${procedure.id}/versions`);
    const entries = versions.map((a) =>
      procedureVersionListSchema.parse(a.body).items.map(({ publishedAt: _p, ...v }) => v),
    );
    expect(entries[0]).toEqual(entries[1]);
    expect(entries[0]!.map((v) => v.version)).toEqual([2, 1]);
    const lists = await both('operator-customs', '/api/clearance/drafts?status=approved');
    for (const answer of lists) expect(draftListResponseSchema.parse(answer.body).total).toBe(1);
  });
});
