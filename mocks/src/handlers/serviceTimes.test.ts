import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  PROBLEM_CONTENT_TYPE,
  actualsListResponseSchema,
  actualsUploadResponseSchema,
  coverageResponseSchema,
  serviceStandardSchema,
  standardHistoryResponseSchema,
  standardListResponseSchema,
  terminalListResponseSchema,
  tokenResponseSchema,
  type StandardPublishRequestInput,
} from '@sw/contracts';
import { TERMINALS } from '../data/serviceTimesTerminals.ts';
import { createMockServer } from '../node.ts';
import { resetServiceTimesMocks } from './serviceTimes.ts';

const server = createMockServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => resetServiceTimesMocks());
afterAll(() => server.close());

const API = 'http://localhost/api/service-times';

async function tokenOf(user: string): Promise<string> {
  const response = await fetch('http://localhost/api/dev/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ user }),
  });
  return tokenResponseSchema.parse(await response.json()).token;
}

async function send(path: string, body: unknown, user?: string): Promise<Response> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (user) headers.Authorization = `Bearer ${await tokenOf(user)}`;
  return fetch(`${API}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
}

const text = (value: string) => ({ 'zh-CN': value, 'zh-HK': value, en: value });
const publication = (overrides: Partial<StandardPublishRequestInput> = {}): StandardPublishRequestInput => ({
  operation: 'unstuffing',
  process: text('Unstuffing at the shed'),
  timeLimit: { value: 90, unit: 'minutes' },
  clockStart: 'instruction-received',
  commitmentPercent: 96,
  conditions: text('Booked the day before'),
  forceMajeure: text('Typhoons'),
  effectiveFrom: '2099-01-01',
  ...overrides,
});

describe('service-time mock API: reads', () => {
  it('lists the terminals and what each has in force or scheduled', async () => {
    const terminals = terminalListResponseSchema.parse(await (await fetch(`${API}/terminals`)).json());
    expect(terminals.items.map((t) => t.id)).toEqual(TERMINALS.map((t) => t.id));
    const standards = standardListResponseSchema.parse(await (await fetch(`${API}/standards?terminal=yict`)).json());
    const pickup = standards.items.filter((s) => s.operation === 'cargo-pickup');
    expect(pickup.map((s) => [s.version, s.status])).toEqual([
      [2, 'in-force'],
      [3, 'scheduled'],
    ]);
  });

  it('keeps every version of a standard, newest first', async () => {
    const history = standardHistoryResponseSchema.parse(
      await (await fetch(`${API}/terminals/yict/standards/cargo-pickup/history`)).json(),
    );
    expect(history.items.map((s) => [s.version, s.status])).toEqual([
      [3, 'scheduled'],
      [2, 'in-force'],
      [1, 'superseded'],
    ]);
    const missing = await fetch(`${API}/terminals/dcb/standards/cargo-pickup/history`);
    expect([missing.status, (await missing.json()).code]).toEqual([404, 'service_standard.not_found']);
  });

  it('answers the coverage board and monthly actuals with their commitments', async () => {
    const coverage = coverageResponseSchema.parse(await (await fetch(`${API}/coverage`)).json());
    expect(coverage.summary).toMatchObject({ complete: 3, 'complete-late': 1, overdue: 1 });
    const actuals = actualsListResponseSchema.parse(
      await (await fetch(`${API}/actuals?terminal=yict&operation=cargo-pickup&from=2026-01&to=2026-03`)).json(),
    );
    expect(actuals.items.map((a) => [a.month, a.committedPercent, a.belowCommitment])).toEqual([
      ['2026-01', 95, false],
      ['2026-02', 95, true],
      ['2026-03', 95, false],
    ]);
  });

  it('refuses bad parameters and unknown terminals with problem+json', async () => {
    const bad = await fetch(`${API}/actuals?from=2026-13`);
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toBe(PROBLEM_CONTENT_TYPE);
    const unknown = await fetch(`${API}/terminals/atlantis`);
    expect([unknown.status, (await unknown.json()).code]).toEqual([404, 'terminal.not_found']);
  });
});

describe('service-time mock API: writes', () => {
  it('lets a terminal’s operator publish a new version of its own standard', async () => {
    const response = await send('/terminals/yict/standards', publication(), 'operator-yict');
    expect(response.status).toBe(201);
    const created = serviceStandardSchema.parse(await response.json());
    expect([created.version, created.status]).toEqual([2, 'scheduled']);
    const again = await send('/terminals/yict/standards', publication(), 'operator-yict');
    expect([again.status, (await again.json()).code]).toEqual([409, 'service_standard.unchanged']);
  });

  it('refuses another terminal’s operator, the public and a backdated standard', async () => {
    const other = await send('/terminals/yict/standards', publication(), 'operator-sct');
    expect([other.status, (await other.json()).code]).toEqual([403, 'auth.forbidden']);
    const anonymous = await send('/terminals/yict/standards', publication());
    expect([anonymous.status, (await anonymous.json()).code]).toEqual([401, 'auth.required']);
    const backdated = await send('/terminals/yict/standards', publication({ effectiveFrom: '2020-01-01' }), 'admin');
    expect((await backdated.json()).errors).toEqual([expect.objectContaining({ path: 'effectiveFrom' })]);
  });

  it('writes an upload whole, or nothing when one row is wrong', async () => {
    const rows = [
      { month: '2026-09', operation: 'unstuffing', handled: 1500, withinLimitPercent: 97.1 },
      { month: '2026-10', operation: 'unstuffing', handled: 1480, withinLimitPercent: 93.2 },
    ];
    const refused = await send(
      '/terminals/yict/actuals',
      { rows: [...rows, { month: '2026-10', operation: 'tally-report', handled: 9, withinLimitPercent: 99 }] },
      'operator-yict',
    );
    expect(refused.status).toBe(400);
    expect((await refused.json()).errors.map((e: { path: string; code: string }) => [e.path, e.code])).toEqual([
      ['rows.2.operation', 'actuals.no_standard'],
    ]);
    const untouched = await (await fetch(`${API}/actuals?terminal=yict&operation=unstuffing&from=2026-10`)).json();
    expect(untouched.items[0].withinLimitPercent).not.toBe(93.2);

    const written = actualsUploadResponseSchema.parse(
      await (await send('/terminals/yict/actuals', { rows }, 'operator-yict')).json(),
    );
    expect([written.created, written.replaced]).toEqual([0, 2]);
    expect(written.items[1]).toMatchObject({ committedPercent: 95, belowCommitment: true, demo: false });
  });
});
