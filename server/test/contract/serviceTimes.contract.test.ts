/**
 * The service-time endpoints in the contract suite: the same requests to the reference server and
 * to the msw mocks must answer as the contract says and the same as each other, reads and writes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  PROBLEM_CONTENT_TYPE,
  actualsListResponseSchema,
  actualsUploadResponseSchema,
  coverageResponseSchema,
  problemSchema,
  serviceStandardSchema,
  standardHistoryResponseSchema,
  standardListResponseSchema,
  terminalListResponseSchema,
  terminalSchema,
  tokenResponseSchema,
} from '@sw/contracts';
import { resetServiceTimesMocks } from '@sw/mocks';
import { TERMINALS } from '@sw/mocks/data';
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

const problem = (name: string, path: string, status: number, code: string): Case => ({
  name,
  path,
  status,
  schema: problemSchema,
  check: (body: z.infer<typeof problemSchema>) => expect(body.code).toBe(code),
});

const READS: Case[] = [
  {
    name: 'terminals',
    path: '/api/service-times/terminals',
    status: 200,
    schema: terminalListResponseSchema,
    check: (body: z.infer<typeof terminalListResponseSchema>) => expect(body.items).toEqual(TERMINALS),
  },
  { name: 'one terminal', path: '/api/service-times/terminals/mct', status: 200, schema: terminalSchema },
  problem('an unknown terminal', '/api/service-times/terminals/atlantis', 404, 'terminal.not_found'),
  { name: 'every standard', path: '/api/service-times/standards', status: 200, schema: standardListResponseSchema },
  {
    name: 'standards of two terminals for two operations',
    path: '/api/service-times/standards?terminal=yict,dcb&operation=cargo-pickup&operation=unstuffing',
    status: 200,
    schema: standardListResponseSchema,
  },
  problem('an unknown operation', '/api/service-times/standards?operation=bunkering', 400, 'validation.failed'),
  {
    name: 'a standard’s history',
    path: '/api/service-times/terminals/yict/standards/cargo-pickup/history',
    status: 200,
    schema: standardHistoryResponseSchema,
  },
  problem(
    'the history of a standard never published',
    '/api/service-times/terminals/dcb/standards/cargo-pickup/history',
    404,
    'service_standard.not_found',
  ),
  problem(
    'the history of an unknown operation',
    '/api/service-times/terminals/yict/standards/bunkering/history',
    400,
    'validation.failed',
  ),
  { name: 'the coverage board', path: '/api/service-times/coverage', status: 200, schema: coverageResponseSchema },
  { name: 'every actual', path: '/api/service-times/actuals', status: 200, schema: actualsListResponseSchema },
  {
    name: 'actuals of a terminal, an operation and a month range',
    path: '/api/service-times/actuals?terminal=cct&operation=lifting-shifting&from=2025-11&to=2026-02',
    status: 200,
    schema: actualsListResponseSchema,
    check: (body: z.infer<typeof actualsListResponseSchema>) =>
      expect(body.items.filter((item) => item.belowCommitment).map((item) => item.month)).toEqual([
        '2025-12',
        '2026-01',
      ]),
  },
  problem('a month range backwards', '/api/service-times/actuals?from=2026-05&to=2026-01', 400, 'validation.failed'),
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
  resetServiceTimesMocks();
  targets.push(await serverTarget(), mocksTarget());
});
afterAll(async () => {
  resetServiceTimesMocks();
  await Promise.all(targets.map((target) => target.close()));
});

describe.each(READS)('contract: $name', (testCase) => {
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

/** A write sent to both, as the given demo user; each target gets a token of its own. */
async function write(path: string, body: unknown, user?: string): Promise<[Answer, Answer]> {
  const answers = await Promise.all(
    targets.map(async (target) => {
      const headers: Record<string, string> = { 'Content-Type': JSON_TYPE };
      if (user) {
        const login = await ask(target, '/api/dev/login', {
          method: 'POST',
          headers: { 'Content-Type': JSON_TYPE },
          body: JSON.stringify({ user }),
        });
        headers.Authorization = `Bearer ${tokenResponseSchema.parse(login.body).token}`;
      }
      return ask(target, path, { method: 'POST', headers, body: JSON.stringify(body) });
    }),
  );
  return answers as [Answer, Answer];
}

/** What must agree between the two for a refused write: status, code and which fields. */
const refusal = (answer: Answer) => {
  const body = problemSchema.parse(answer.body);
  return { status: answer.status, code: body.code, fields: body.errors?.map((e) => [e.path, e.code]) };
};

const text = (value: string) => ({ 'zh-CN': value, 'zh-HK': value, en: value });
const publication = {
  operation: 'cargo-pickup',
  process: text('Gate, yard crane, gate'),
  timeLimit: { value: 40, unit: 'minutes' },
  clockStart: 'gate-in',
  commitmentPercent: 94,
  conditions: text('Booked'),
  forceMajeure: text('Typhoons'),
  effectiveFrom: '2099-01-01',
};

describe('contract: writes', () => {
  it('a terminal publishes its first standard for an operation, then a new version', async () => {
    for (const [version, commitmentPercent] of [
      [1, 94],
      [2, 96],
    ] as const) {
      const answers = await write(
        '/api/service-times/terminals/dcb/standards',
        { ...publication, commitmentPercent },
        'admin',
      );
      for (const answer of answers) {
        expect(answer.status).toBe(201);
        expect(serviceStandardSchema.parse(answer.body)).toMatchObject({ version, status: 'scheduled' });
      }
      const [server, mocks] = answers.map((answer) => {
        const { publishedAt: _publishedAt, ...rest } = serviceStandardSchema.parse(answer.body);
        return rest;
      });
      expect(server).toEqual(mocks);
    }
  });

  it('the same refusals: public, another terminal’s operator, a repeat, a backdated date, a bad body', async () => {
    const cases: Array<[string, unknown, string | undefined]> = [
      ['/api/service-times/terminals/yict/standards', publication, undefined],
      ['/api/service-times/terminals/yict/standards', publication, 'operator-sct'],
      ['/api/service-times/terminals/dcb/standards', { ...publication, commitmentPercent: 96 }, 'admin'],
      ['/api/service-times/terminals/yict/standards', { ...publication, effectiveFrom: '2020-01-01' }, 'admin'],
      [
        '/api/service-times/terminals/yict/standards',
        { ...publication, timeLimit: { value: 0, unit: 'weeks' } },
        'admin',
      ],
      ['/api/service-times/terminals/atlantis/actuals', { rows: [] }, 'admin'],
    ];
    for (const [path, body, user] of cases) {
      const [server, mocks] = await write(path, body, user);
      expect(server.status, `${path} as ${user}`).toBeGreaterThanOrEqual(400);
      expect(refusal(server), `${path} as ${user}`).toEqual(refusal(mocks));
    }
  });

  it('an upload with a bad row writes nothing on either, and a good one the same on both', async () => {
    const good = { month: '2026-10', operation: 'unstuffing', handled: 1600, withinLimitPercent: 93.4 };
    const bad = { month: '2026-10', operation: 'export-receipt', handled: 10, withinLimitPercent: 100 };
    const [server, mocks] = await write(
      '/api/service-times/terminals/sct/actuals',
      { rows: [good, bad] },
      'operator-sct',
    );
    expect(refusal(server)).toEqual({
      status: 400,
      code: 'validation.failed',
      fields: [['rows.1.operation', 'actuals.no_standard']],
    });
    expect(refusal(mocks)).toEqual(refusal(server));
    const after = await Promise.all(targets.map((t) => ask(t, '/api/service-times/actuals?terminal=sct&from=2026-10')));
    expect(after[0]).toEqual(after[1]);

    const written = await write('/api/service-times/terminals/sct/actuals', { rows: [good] }, 'operator-sct');
    expect(written[0]).toEqual(written[1]);
    expect(actualsUploadResponseSchema.parse(written[0].body)).toMatchObject({ created: 0, replaced: 1 });
  });
});
