/**
 * The usage meter's read endpoints in the contract suite: the same requests to the reference
 * server and to the msw mocks must answer as the contract says and identically.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  PROBLEM_CONTENT_TYPE,
  problemSchema,
  usageClearanceTimesResponseSchema,
  usageFiguresResponseSchema,
  usageRevisionsResponseSchema,
} from '@sw/contracts';
import { CLEARANCE_TIMES, NATIONAL_CLEARANCE_TIMES, USAGE_AS_OF, USAGE_FIGURES } from '@sw/mocks/data';
import { mocksTarget, serverTarget, type Target } from './targets.ts';

const ORIGIN = 'http://localhost:4100';
const JSON_TYPE = 'application/json';

interface Case {
  name: string;
  path: string;
  status: number;
  contentType: string;
  schema: z.ZodType;
  check?: (body: never) => void;
}

const figures = usageFiguresResponseSchema;
const clearance = usageClearanceTimesResponseSchema;

const CASES: Case[] = [
  {
    name: 'every figure',
    path: '/api/usage/figures',
    status: 200,
    contentType: JSON_TYPE,
    schema: figures,
    check: (body: z.infer<typeof figures>) => {
      expect(body.items).toEqual(USAGE_FIGURES);
      expect(body.asOf).toBe(USAGE_AS_OF);
    },
  },
  {
    name: 'one business at sea ports over a quarter',
    path: '/api/usage/figures?business=goods&mode=sea&from=2020-10&to=2020-12',
    status: 200,
    contentType: JSON_TYPE,
    schema: figures,
    check: (body: z.infer<typeof figures>) => expect(body.total).toBe(5 * 3),
  },
  {
    name: 'ports and businesses, repeated parameters',
    path: '/api/usage/figures?port=huanggang&port=baoan-airport&business=manifest,transport',
    status: 200,
    contentType: JSON_TYPE,
    schema: figures,
  },
  {
    name: 'months with no figures',
    path: '/api/usage/figures?from=2030-01',
    status: 200,
    contentType: JSON_TYPE,
    schema: figures,
    check: (body: z.infer<typeof figures>) => expect(body.items).toEqual([]),
  },
  {
    name: 'invalid figure filters',
    path: '/api/usage/figures?business=cargo&port=atlantis&mode=water&from=2020-13&to=x',
    status: 400,
    contentType: PROBLEM_CONTENT_TYPE,
    schema: problemSchema,
    check: (body: z.infer<typeof problemSchema>) =>
      expect(body.errors?.map((e) => e.path)).toEqual(['business', 'port', 'mode', 'from', 'to']),
  },
  {
    name: 'a reversed month range',
    path: '/api/usage/figures?from=2021-01&to=2020-01',
    status: 400,
    contentType: PROBLEM_CONTENT_TYPE,
    schema: problemSchema,
  },
  {
    name: 'a corrected figure’s history',
    path: '/api/usage/revisions?business=goods&port=huanggang&month=2020-06',
    status: 200,
    contentType: JSON_TYPE,
    schema: usageRevisionsResponseSchema,
    check: (body: z.infer<typeof usageRevisionsResponseSchema>) =>
      expect(body.items.map((r) => r.revision)).toEqual([2, 1]),
  },
  {
    name: 'the history of a figure that does not exist',
    path: '/api/usage/revisions?business=goods&port=huanggang&month=2030-06',
    status: 200,
    contentType: JSON_TYPE,
    schema: usageRevisionsResponseSchema,
    check: (body: z.infer<typeof usageRevisionsResponseSchema>) => expect(body.items).toEqual([]),
  },
  {
    name: 'a history without its figure named',
    path: '/api/usage/revisions?business=goods',
    status: 400,
    contentType: PROBLEM_CONTENT_TYPE,
    schema: problemSchema,
    check: (body: z.infer<typeof problemSchema>) => expect(body.errors?.map((e) => e.path)).toEqual(['port', 'month']),
  },
  {
    name: 'every release time with the national figures',
    path: '/api/usage/clearance-times',
    status: 200,
    contentType: JSON_TYPE,
    schema: clearance,
    check: (body: z.infer<typeof clearance>) => {
      expect(body.items).toEqual(CLEARANCE_TIMES);
      expect(body.national).toEqual(NATIONAL_CLEARANCE_TIMES);
    },
  },
  {
    name: 'release times at land ports in 2021',
    path: '/api/usage/clearance-times?mode=land&from=2021-01&to=2021-12',
    status: 200,
    contentType: JSON_TYPE,
    schema: clearance,
    check: (body: z.infer<typeof clearance>) => expect(body.total).toBe(4 * 12),
  },
  {
    name: 'invalid release-time filters',
    path: '/api/usage/clearance-times?port=atlantis&business=goods',
    status: 400,
    contentType: PROBLEM_CONTENT_TYPE,
    schema: problemSchema,
  },
];

async function ask(target: Target, path: string) {
  const response = await target.fetch(new Request(ORIGIN + path));
  return { status: response.status, contentType: response.headers.get('content-type'), body: await response.json() };
}

const targets: Target[] = [];
beforeAll(async () => {
  targets.push(await serverTarget(), mocksTarget());
});
afterAll(async () => {
  await Promise.all(targets.map((target) => target.close()));
});

describe.each(CASES)('contract: $name', (testCase) => {
  it.each(['server', 'mocks'] as const)('%s answers as the contract says', async (name) => {
    const target = targets.find((t) => t.name === name)!;
    const answer = await ask(target, testCase.path);
    expect(answer.status).toBe(testCase.status);
    expect(answer.contentType).toBe(testCase.contentType);
    expect(testCase.schema.safeParse(answer.body).error?.issues ?? []).toEqual([]);
    testCase.check?.(answer.body as never);
  });

  it('server and mocks give the same answer', async () => {
    const [server, mocks] = await Promise.all(targets.map((target) => ask(target, testCase.path)));
    expect(server).toEqual(mocks);
  });
});

describe('contract: uploads refused the same way', () => {
  it.each([
    ['anonymous', undefined, 401],
    ['a bad row', 'admin', 400],
  ] as const)('%s', async (_name, user, status) => {
    const body = JSON.stringify({
      source: 's',
      rows: [{ business: 'goods', port: 'yantian', month: '2019-01', singleWindow: 5, total: 4 }],
    });
    const answers = await Promise.all(
      targets.map(async (target) => {
        const headers = new Headers({ 'content-type': JSON_TYPE });
        if (user) {
          const login = await target.fetch(
            new Request(`${ORIGIN}/api/dev/login`, { method: 'POST', headers, body: JSON.stringify({ user }) }),
          );
          headers.set('authorization', `Bearer ${((await login.json()) as { token: string }).token}`);
        }
        const response = await target.fetch(
          new Request(`${ORIGIN}/api/usage/imports`, { method: 'POST', headers, body }),
        );
        return { status: response.status, type: response.headers.get('content-type'), body: await response.json() };
      }),
    );
    expect(answers[0]?.status).toBe(status);
    expect(answers[0]?.type).toBe(PROBLEM_CONTENT_TYPE);
    expect(answers[0]).toEqual(answers[1]);
  });
});
