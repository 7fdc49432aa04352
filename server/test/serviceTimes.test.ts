/**
 * The service-time API on the reference server: publishing standards and uploading actuals, who may
 * do it (every role against a YICT record over HTTP), all-or-nothing uploads, history, audit,
 * idempotency, and the domain's own first-start seed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import SQLite from 'better-sqlite3';
import {
  actualsListResponseSchema,
  actualsUploadResponseSchema,
  serviceStandardSchema,
  standardHistoryResponseSchema,
  standardListResponseSchema,
  terminalListResponseSchema,
  type StandardPublishRequestInput,
} from '@sw/contracts';
import { MONTHLY_ACTUALS, STANDARD_VERSIONS, TERMINALS } from '@sw/mocks/data';
import { expectProblem, startApi, type TestApi } from './helpers.ts';

const NOW = new Date('2026-11-27T04:00:00Z');
const text = (value: string) => ({ 'zh-CN': `${value}（中）`, 'zh-HK': `${value}（港）`, en: value });
let serial = 0;

/** A valid publication; each call differs (its commitment), so none repeats the one before. */
function publication(overrides: Partial<StandardPublishRequestInput> = {}): StandardPublishRequestInput {
  return {
    operation: 'unstuffing',
    process: text('Unstuffing at the shed'),
    timeLimit: { value: 100, unit: 'minutes' },
    clockStart: 'instruction-received',
    commitmentPercent: 90 + (++serial % 100) / 10,
    conditions: text('Booked the day before'),
    forceMajeure: text('Typhoon warnings'),
    effectiveFrom: '2027-01-01',
    ...overrides,
  };
}

const row = (month: string, withinLimitPercent = 97.2, operation = 'unstuffing') => ({
  month,
  operation,
  handled: 1500,
  withinLimitPercent,
});

let t: TestApi;
beforeAll(async () => {
  t = await startApi({ now: () => NOW, rateLimit: false });
});
afterAll(() => t.close());

const post = async (path: string, json: unknown, user?: string, headers: Record<string, string> = {}) =>
  t.request(`/api/service-times${path}`, {
    method: 'POST',
    json,
    headers,
    ...(user ? { token: await t.token(user) } : {}),
  });
const get = async (path: string) => (await t.request(`/api/service-times${path}`)).json();

describe('the seed', () => {
  it('serves the demo terminals, standards and actuals on a fresh database', async () => {
    const terminals = terminalListResponseSchema.parse(await get('/terminals'));
    expect(terminals.items.map((terminal) => terminal.id)).toEqual(TERMINALS.map((terminal) => terminal.id));
    expect(terminals.items[0]).toEqual(TERMINALS[0]);
    const actuals = actualsListResponseSchema.parse(await get('/actuals'));
    expect(actuals.total).toBe(MONTHLY_ACTUALS.length);
  });

  it('adds the domain to a database seeded before it existed, once, and never over its data', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sw-service-times-'));
    try {
      const path = join(dir, 'portal.db');
      await (await startApi({ databaseUrl: `file:${path}`, now: () => NOW })).close();
      // As a database from before this domain: no service-time rows and no record of seeding them.
      const raw = new SQLite(path);
      raw.exec(
        "DELETE FROM service_actuals; DELETE FROM service_standards; DELETE FROM service_terminals; DELETE FROM meta WHERE key = 'service_times_seeded_at';",
      );
      raw.close();
      const again = await startApi({ databaseUrl: `file:${path}`, now: () => NOW });
      const versions = await again.request('/api/service-times/terminals/yict/standards/cargo-pickup/history');
      expect(standardHistoryResponseSchema.parse(await versions.json()).items).toHaveLength(3);
      // An operator's upload survives the next start: the seed does not run again.
      const upload = await again.request('/api/service-times/terminals/yict/actuals', {
        method: 'POST',
        token: await again.token('operator-yict'),
        json: { rows: [row('2026-10', 12.5)] },
      });
      expect(upload.status).toBe(200);
      await again.close();
      const third = await startApi({ databaseUrl: `file:${path}`, now: () => NOW });
      const october = actualsListResponseSchema.parse(
        await (
          await third.request('/api/service-times/actuals?terminal=yict&operation=unstuffing&from=2026-10')
        ).json(),
      );
      expect(october.items.map((item) => item.withinLimitPercent)).toEqual([12.5]);
      await third.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('publishing a standard', () => {
  it('adds a version the history keeps, scheduled until it takes effect, with an audit entry', async () => {
    const response = await post(
      '/terminals/yict/standards',
      publication({ operation: 'lifting-shifting' }),
      'operator-yict',
    );
    expect(response.status).toBe(201);
    const created = serviceStandardSchema.parse(await response.json());
    expect(created).toMatchObject({ terminalId: 'yict', version: 2, status: 'scheduled', demo: false });
    expect(response.headers.get('location')).toBe(
      '/api/service-times/terminals/yict/standards/lifting-shifting/history',
    );
    const history = standardHistoryResponseSchema.parse(
      await get('/terminals/yict/standards/lifting-shifting/history'),
    );
    expect(history.items.map((item) => [item.version, item.status])).toEqual([
      [2, 'scheduled'],
      [1, 'in-force'],
    ]);
    const audit = await (
      await t.request('/api/audit?resource=service-standard', { token: await t.token('admin') })
    ).json();
    expect(audit.items[0]).toMatchObject({
      resource: 'service-standard',
      resourceId: 'yict/lifting-shifting/2',
      actor: { id: 'operator-yict', organisationId: 'yict' },
      after: { version: 2 },
    });
  });

  it('publishes a new operation, in force at once when it takes effect today', async () => {
    const created = serviceStandardSchema.parse(
      await (
        await post(
          '/terminals/dcb/standards',
          publication({ operation: 'cargo-pickup', effectiveFrom: '2026-11-27' }),
          'admin',
        )
      ).json(),
    );
    expect([created.version, created.status]).toEqual([1, 'in-force']);
    const list = standardListResponseSchema.parse(await get('/standards?terminal=dcb&operation=cargo-pickup'));
    expect(list.items).toHaveLength(1);
    expect(list.asOf).toBe('2026-11-27');
  });

  it('refuses a backdated standard, a repeat and an invalid body, naming the fields', async () => {
    const backdated = await post(
      '/terminals/yict/standards',
      publication({ effectiveFrom: '2026-11-26' }),
      'operator-yict',
    );
    const problem = await expectProblem(backdated, 400, 'validation.failed');
    expect(problem.errors).toEqual([
      expect.objectContaining({ path: 'effectiveFrom', code: 'service_standard.backdated' }),
    ]);

    const first = publication({ operation: 'tally-report' });
    expect((await post('/terminals/sct/standards', first, 'operator-sct')).status).toBe(201);
    await expectProblem(
      await post('/terminals/sct/standards', first, 'operator-sct'),
      409,
      'service_standard.unchanged',
    );

    const invalid = await post(
      '/terminals/yict/standards',
      { ...publication(), commitmentPercent: 101, process: { 'zh-CN': ' ', 'zh-HK': 'x', en: 'x' }, colour: 'red' },
      'operator-yict',
    );
    const paths = (await expectProblem(invalid, 400, 'validation.failed')).errors?.map((e) => e.path).sort();
    expect(paths).toEqual(['colour', 'commitmentPercent', 'process.zh-CN']);
    await expectProblem(await post('/terminals/atlantis/standards', publication(), 'admin'), 404, 'terminal.not_found');
  });

  it('answers a retry with the same Idempotency-Key once', async () => {
    const body = publication({ operation: 'in-yard-transfer' });
    const headers = { 'Idempotency-Key': 'publish-yict-transfer-1' };
    const first = await post('/terminals/yict/standards', body, 'operator-yict', headers);
    const retry = await post('/terminals/yict/standards', body, 'operator-yict', headers);
    expect([first.status, retry.status]).toEqual([201, 201]);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await retry.json()).toEqual(await first.json());
    const history = standardHistoryResponseSchema.parse(
      await get('/terminals/yict/standards/in-yard-transfer/history'),
    );
    expect(history.items).toHaveLength(2);
  });
});

describe('uploading actuals', () => {
  it('writes nothing when one row is wrong, and names that row', async () => {
    const before = await get('/actuals?terminal=cct');
    const response = await post(
      '/terminals/cct/actuals',
      { rows: [row('2026-09'), row('2026-10', 96, 'tally-report'), row('2026-11'), row('2026-09')] },
      'operator-cct',
    );
    const problem = await expectProblem(response, 400, 'validation.failed');
    expect(problem.errors?.map((e) => [e.path, e.code])).toEqual([
      ['rows.1.operation', 'actuals.no_standard'],
      ['rows.2.month', 'actuals.month_not_complete'],
      ['rows.3.month', 'actuals.duplicate_row'],
    ]);
    expect(await get('/actuals?terminal=cct')).toEqual(before);
  });

  it('replaces reported months, flags shortfalls and keeps the old figures in the audit trail', async () => {
    const old = actualsListResponseSchema.parse(await get('/actuals?terminal=cct&operation=unstuffing&from=2026-10'));
    const response = await post('/terminals/cct/actuals', { rows: [row('2026-10', 91.5)] }, 'operator-cct');
    const result = actualsUploadResponseSchema.parse(await response.json());
    expect([result.created, result.replaced]).toEqual([0, 1]);
    expect(result.items[0]).toMatchObject({ committedPercent: 95, belowCommitment: true, demo: false });
    const audit = await (
      await t.request('/api/audit?resource=service-actuals&resourceId=cct', { token: await t.token('admin') })
    ).json();
    expect(audit.items[0]).toMatchObject({
      action: 'update',
      before: [expect.objectContaining({ withinLimitPercent: old.items[0]!.withinLimitPercent })],
      after: [expect.objectContaining({ withinLimitPercent: 91.5 })],
    });
  });
});

/**
 * Every caller against a YICT record. Refused callers get 401/403 and change nothing; a refused
 * invalid body is refused for who sends it (401) before it is read.
 */
describe.each([
  ['public', undefined, 401],
  ['YICT’s operator', 'operator-yict', 0],
  ['SCT’s operator', 'operator-sct', 403],
  ['the regulator', 'regulator', 403],
  ['the admin', 'admin', 0],
] as const)('%s', (_who, user, refusal) => {
  it(refusal ? `may not publish YICT’s standards (${refusal})` : 'may publish YICT’s standards', async () => {
    const before = await get('/terminals/yict/standards/unstuffing/history');
    const response = await post('/terminals/yict/standards', publication(), user);
    if (!refusal) {
      expect(response.status).toBe(201);
      return;
    }
    await expectProblem(response, refusal, refusal === 401 ? 'auth.required' : 'auth.forbidden');
    expect(await get('/terminals/yict/standards/unstuffing/history')).toEqual(before);
  });

  it(refusal ? `may not upload YICT’s actuals (${refusal})` : 'may upload YICT’s actuals', async () => {
    const before = await get('/actuals?terminal=yict&from=2026-08&to=2026-08');
    const response = await post('/terminals/yict/actuals', { rows: [row('2026-08', 42)] }, user);
    if (!refusal) {
      expect(response.status).toBe(200);
      return;
    }
    await expectProblem(response, refusal, refusal === 401 ? 'auth.required' : 'auth.forbidden');
    expect(await get('/actuals?terminal=yict&from=2026-08&to=2026-08')).toEqual(before);
  });
});

describe('anonymous writes', () => {
  it('are refused before the body is read', async () => {
    await expectProblem(await post('/terminals/yict/actuals', { nonsense: true }), 401, 'auth.required');
    await expectProblem(await post('/terminals/atlantis/standards', {}), 401, 'auth.required');
  });
});

describe('the seeded versions', () => {
  it('are served as published', async () => {
    const history = standardHistoryResponseSchema.parse(await get('/terminals/sct/standards/unstuffing/history'));
    const seeded = STANDARD_VERSIONS.filter((v) => v.terminalId === 'sct' && v.operation === 'unstuffing');
    expect(history.items.map(({ status: _status, ...version }) => version)).toEqual(seeded.reverse());
  });
});
