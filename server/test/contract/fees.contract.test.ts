/**
 * The contract suite: the same requests go to the reference server and to the msw mocks, and both
 * must answer as the contract says (status, content type, body valid against the @sw/contracts
 * schema) and the same as each other (same items, totals and problems for the same seed data).
 * Endpoints only the server has (writes, auth, audit) are tested in the other server tests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  PROBLEM_CONTENT_TYPE,
  feeItemSchema,
  feeListResponseSchema,
  organisationSchema,
  portSchema,
  problemSchema,
} from '@sw/contracts';
import { FEES, FEES_AS_OF, ORGANISATIONS, PORTS } from '@sw/mocks/data';
import { mocksTarget, serverTarget, type Target } from './targets.ts';

const ORIGIN = 'http://localhost:4100';

interface Case {
  name: string;
  path: string;
  headers?: Record<string, string>;
  status: number;
  contentType: 'application/json' | typeof PROBLEM_CONTENT_TYPE;
  schema: z.ZodType;
  /** Extra checks on the parsed body, run for each target. */
  check?: (body: never) => void;
}

const list = feeListResponseSchema;
const ids = (body: z.infer<typeof list>) => body.items.map((item) => item.id);
const where = (predicate: (item: (typeof FEES)[number]) => boolean) => FEES.filter(predicate).map((item) => item.id);

const CASES: Case[] = [
  {
    name: 'the whole catalogue',
    path: '/api/fees',
    status: 200,
    contentType: 'application/json',
    schema: list,
    check: (body: z.infer<typeof list>) => {
      expect(ids(body)).toEqual(FEES.map((item) => item.id));
      expect(body.total).toBe(FEES.length);
      expect(body.asOf).toBe(FEES_AS_OF);
    },
  },
  {
    name: 'port and category',
    path: '/api/fees?port=yantian&category=storage',
    status: 200,
    contentType: 'application/json',
    schema: list,
    check: (body: z.infer<typeof list>) =>
      expect(ids(body)).toEqual(where((i) => i.ports.includes('yantian') && i.category === 'storage')),
  },
  {
    name: 'lists mean any of, parameters AND',
    path: '/api/fees?port=shekou,chiwan&pricingType=government-set,government-guided&status=effective',
    status: 200,
    contentType: 'application/json',
    schema: list,
  },
  {
    name: 'repeated parameters',
    path: '/api/fees?category=pilotage&category=tugboat',
    status: 200,
    contentType: 'application/json',
    schema: list,
    check: (body: z.infer<typeof list>) =>
      expect(ids(body)).toEqual(where((i) => i.category === 'pilotage' || i.category === 'tugboat')),
  },
  { name: 'status', path: '/api/fees?status=publicised', status: 200, contentType: 'application/json', schema: list },
  {
    name: 'unit and charging body',
    path: '/api/fees?unit=container-day&chargingBody=yict',
    status: 200,
    contentType: 'application/json',
    schema: list,
  },
  {
    name: 'search in simplified Chinese',
    path: `/api/fees?q=${encodeURIComponent('掏箱费')}`,
    status: 200,
    contentType: 'application/json',
    schema: list,
    check: (body: z.infer<typeof list>) =>
      expect(ids(body)).toEqual(['fee-unstuffing-yantian-20', 'fee-unstuffing-yantian-40']),
  },
  {
    name: 'search in traditional Chinese',
    path: `/api/fees?q=${encodeURIComponent('鹽田國際')}`,
    status: 200,
    contentType: 'application/json',
    schema: list,
  },
  {
    name: 'search in English, full width',
    path: `/api/fees?q=${encodeURIComponent('ｆｕｍｉｇａｔｉｏｎ')}&unit=feu40`,
    status: 200,
    contentType: 'application/json',
    schema: list,
    check: (body: z.infer<typeof list>) => expect(ids(body)).toEqual(['fee-fumigation-40']),
  },
  {
    name: 'one-character search',
    path: `/api/fees?q=${encodeURIComponent('箱')}`,
    status: 200,
    contentType: 'application/json',
    schema: list,
  },
  {
    name: 'no match',
    path: '/api/fees?q=fumigation&port=huanggang',
    status: 200,
    contentType: 'application/json',
    schema: list,
  },
  {
    name: 'sort by amount descending',
    path: '/api/fees?category=pilotage,port-dues,security&sort=amount&order=desc',
    status: 200,
    contentType: 'application/json',
    schema: list,
  },
  { name: 'sort by code', path: '/api/fees?sort=code', status: 200, contentType: 'application/json', schema: list },
  {
    name: 'sort by date descending',
    path: '/api/fees?sort=effectiveFrom&order=desc',
    status: 200,
    contentType: 'application/json',
    schema: list,
  },
  ...(['zh-CN', 'zh-HK', 'en-GB,en;q=0.8'] as const).map((language): Case => ({
    name: `sort by name in ${language}`,
    path: '/api/fees?sort=name',
    headers: { 'Accept-Language': language },
    status: 200,
    contentType: 'application/json',
    schema: list,
  })),
  {
    name: 'a page',
    path: '/api/fees?status=effective&sort=amount&limit=10&offset=5',
    status: 200,
    contentType: 'application/json',
    schema: list,
    check: (body: z.infer<typeof list>) => {
      expect(body.items).toHaveLength(10);
      expect(body.total).toBe(FEES.filter((i) => i.status === 'effective').length);
    },
  },
  {
    name: 'an offset past the end',
    path: '/api/fees?offset=1000',
    status: 200,
    contentType: 'application/json',
    schema: list,
    check: (body: z.infer<typeof list>) => expect([body.items.length, body.total]).toEqual([0, FEES.length]),
  },
  {
    name: 'invalid filter values',
    path: '/api/fees?port=yantian,atlantis&status=effective,bogus&sort=price&order=up&q=x',
    status: 400,
    contentType: PROBLEM_CONTENT_TYPE,
    schema: problemSchema,
    check: (body: z.infer<typeof problemSchema>) => {
      expect(body.code).toBe('validation.failed');
      expect(body.errors?.map((e) => e.path).sort()).toEqual(['order', 'port', 'sort', 'status']);
    },
  },
  {
    name: 'a search text too long',
    path: `/api/fees?q=${'a'.repeat(101)}`,
    status: 400,
    contentType: PROBLEM_CONTENT_TYPE,
    schema: problemSchema,
  },
  {
    name: 'invalid paging',
    path: '/api/fees?limit=0&offset=-1',
    status: 400,
    contentType: PROBLEM_CONTENT_TYPE,
    schema: problemSchema,
    check: (body: z.infer<typeof problemSchema>) =>
      expect(body.errors?.map((e) => e.path).sort()).toEqual(['limit', 'offset']),
  },
  {
    name: 'one item',
    path: '/api/fees/fee-pilotage-yantian',
    status: 200,
    contentType: 'application/json',
    schema: feeItemSchema,
    check: (body: z.infer<typeof feeItemSchema>) =>
      expect(body).toEqual(FEES.find((i) => i.id === 'fee-pilotage-yantian')),
  },
  {
    name: 'an unknown item',
    path: '/api/fees/fee-unknown',
    status: 404,
    contentType: PROBLEM_CONTENT_TYPE,
    schema: problemSchema,
    check: (body: z.infer<typeof problemSchema>) =>
      expect(body).toMatchObject({ code: 'fee.not_found', title: 'Not Found', instance: '/api/fees/fee-unknown' }),
  },
  {
    name: 'ports',
    path: '/api/ports',
    status: 200,
    contentType: 'application/json',
    schema: portSchema.array(),
    check: (body: unknown) => expect(body).toEqual(PORTS),
  },
  {
    name: 'organisations',
    path: '/api/organisations',
    status: 200,
    contentType: 'application/json',
    schema: organisationSchema.array(),
    check: (body: unknown) => expect(body).toEqual(ORGANISATIONS),
  },
];

interface Answer {
  status: number;
  contentType: string | null;
  body: unknown;
}

async function ask(target: Target, path: string, headers?: Record<string, string>): Promise<Answer> {
  const response = await target.fetch(new Request(ORIGIN + path, headers ? { headers } : {}));
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
    const answer = await ask(target, testCase.path, testCase.headers);
    expect(answer.status).toBe(testCase.status);
    expect(answer.contentType).toBe(testCase.contentType);
    const parsed = testCase.schema.safeParse(answer.body);
    expect(parsed.error?.issues ?? []).toEqual([]);
    testCase.check?.(answer.body as never);
  });

  it('server and mocks give the same answer', async () => {
    const [server, mocks] = await Promise.all(targets.map((target) => ask(target, testCase.path, testCase.headers)));
    expect(server).toEqual(mocks);
  });
});

describe('contract: every item', () => {
  it('server and mocks serve each demo item identically', async () => {
    for (const item of FEES) {
      const [server, mocks] = await Promise.all(targets.map((target) => ask(target, `/api/fees/${item.id}`)));
      expect(server?.status).toBe(200);
      expect(feeItemSchema.parse(server?.body)).toEqual(item);
      expect(server).toEqual(mocks);
    }
  });
});
