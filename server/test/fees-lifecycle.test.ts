/** The fee lifecycle over HTTP: raises under publicity, cuts, objections and their effect, imports, history seeding. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  feeHistoryResponseSchema,
  feeImportResultSchema,
  feeItemSchema,
  feeReductionListSchema,
  feeToFileRow,
  parseFeeFileRow,
  type FeeImportItem,
} from '@sw/contracts';
import { FEE_HISTORY, FEES } from '@sw/mocks/data';
import { FEE_HISTORY_SEEDED_AT } from '../src/fees/seed.ts';
import { OBJECTION, expectProblem, newFee, startApi, type TestApi } from './helpers.ts';

let now = new Date('2026-12-01T02:00:00Z'); // Tuesday 1 December 2026, 10:00 in Shenzhen
let api: TestApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

async function start() {
  now = new Date('2026-12-01T02:00:00Z');
  api = await startApi({ rateLimit: false, now: () => now });
  return api;
}

/** A fresh token (the test clock moves past a token's lifetime). */
async function token(t: TestApi, user: string) {
  const response = await t.request('/api/dev/login', { method: 'POST', json: { user } });
  return ((await response.json()) as { token: string }).token;
}

const patch = async (t: TestApi, id: string, json: unknown, user = 'operator-yict') =>
  t.request(`/api/fees/${id}`, { method: 'PATCH', token: await token(t, user), json });
const item = async (t: TestApi, id: string) => feeItemSchema.parse(await (await t.request(`/api/fees/${id}`)).json());
const history = async (t: TestApi, id: string) =>
  feeHistoryResponseSchema.parse(await (await t.request(`/api/fees/${id}/history`)).json()).entries;
const fixed = (amount: number) => ({ kind: 'fixed', amount, currency: 'CNY' });

describe('a raised standard', () => {
  it('is publicised as a pending change; an upheld objection drops it and the old standard stays', async () => {
    const t = await start();
    const response = await patch(t, 'fee-thc-yantian-20', { standard: fixed(900), effectiveFrom: '2026-12-05' });
    expect(response.status).toBe(200);
    const raised = feeItemSchema.parse(await response.json());
    expect(raised.standard).toEqual(fixed(820));
    expect(raised.pendingChange).toEqual({
      standard: fixed(900),
      effectiveFrom: '2026-12-15', // moved past the publicity
      publicity: { startsOn: '2026-12-01', endsOn: '2026-12-14', workingDays: 10 },
    });
    const objection = await (
      await t.request('/api/fees/fee-thc-yantian-20/objections', { method: 'POST', json: OBJECTION })
    ).json();
    expect(objection.status).toBe('open');
    const decided = await t.request(`/api/objections/${objection.id}`, {
      method: 'PATCH',
      token: await token(t, 'regulator'),
      json: { status: 'upheld', resolution: 'No new service justifies a higher charge.' },
    });
    expect(decided.status).toBe(200);
    const after = await item(t, 'fee-thc-yantian-20');
    expect(after.pendingChange).toBeUndefined();
    expect(after.standard).toEqual(fixed(820));
    expect((await history(t, 'fee-thc-yantian-20')).slice(-3).map((e) => e.kind)).toEqual([
      'raise-publicised',
      'objection-lodged',
      'objection-upheld',
    ]);
  });

  it('after a dismissed objection takes effect once the publicity is over, with its per cent in the history', async () => {
    const t = await start();
    await patch(t, 'fee-thc-yantian-20', { standard: fixed(861) });
    const objection = await (
      await t.request('/api/fees/fee-thc-yantian-20/objections', { method: 'POST', json: OBJECTION })
    ).json();
    now = new Date('2026-12-16T02:00:00Z');
    // The period is over but an objection is open: still the old standard, and no more objections.
    expect((await item(t, 'fee-thc-yantian-20')).standard).toEqual(fixed(820));
    await expectProblem(
      await t.request('/api/fees/fee-thc-yantian-20/objections', { method: 'POST', json: OBJECTION }),
      409,
      'fee.publicity_closed',
    );
    await t.request(`/api/objections/${objection.id}`, {
      method: 'PATCH',
      token: await token(t, 'regulator'),
      json: { status: 'dismissed', resolution: 'The raise follows higher handling costs.' },
    });
    const after = await item(t, 'fee-thc-yantian-20');
    expect(after).toMatchObject({ standard: fixed(861), effectiveFrom: '2026-12-15' });
    expect(after.pendingChange).toBeUndefined();
    expect((await history(t, 'fee-thc-yantian-20')).at(-1)).toMatchObject({
      kind: 'standard-changed',
      date: '2026-12-15',
      changePercent: 5,
    });
  });

  it('cannot be proposed while another change is pending, and the operator may withdraw it', async () => {
    const t = await start();
    await patch(t, 'fee-thc-yantian-20', { standard: fixed(900) });
    await expectProblem(await patch(t, 'fee-thc-yantian-20', { standard: fixed(950) }), 409, 'fee.change_pending');
    const other = await t.request('/api/fees/fee-thc-yantian-20/pending-change', {
      method: 'DELETE',
      token: await token(t, 'operator-sct'),
    });
    await expectProblem(other, 403, 'auth.forbidden');
    const own = await t.request('/api/fees/fee-thc-yantian-20/pending-change', {
      method: 'DELETE',
      token: await token(t, 'operator-yict'),
    });
    expect(own.status).toBe(200);
    expect(feeItemSchema.parse(await own.json()).pendingChange).toBeUndefined();
    await expectProblem(
      await t.request('/api/fees/fee-thc-yantian-20/pending-change', {
        method: 'DELETE',
        token: await token(t, 'operator-yict'),
      }),
      409,
      'fee.no_pending_change',
    );
  });
});

describe('a lowered standard', () => {
  it('applies at once without publicity and is listed among the reductions', async () => {
    const t = await start();
    const response = await patch(t, 'fee-thc-yantian-20', { standard: fixed(779) });
    expect(feeItemSchema.parse(await response.json())).toMatchObject({
      standard: fixed(779),
      effectiveFrom: '2026-12-01',
    });
    const cuts = feeReductionListSchema.parse(await (await t.request('/api/fees/reductions?since=2026-12-01')).json());
    expect(cuts.items.map((i) => [i.fee.id, i.entry.changePercent])).toEqual([['fee-thc-yantian-20', -5]]);
  });

  it('with a later date is scheduled and applies on that date', async () => {
    const t = await start();
    const scheduled = feeItemSchema.parse(
      await (await patch(t, 'fee-thc-yantian-20', { standard: fixed(700), effectiveFrom: '2027-01-01' })).json(),
    );
    expect(scheduled).toMatchObject({
      standard: fixed(820),
      pendingChange: { standard: fixed(700), effectiveFrom: '2027-01-01' },
    });
    now = new Date('2027-01-01T01:00:00Z');
    expect((await item(t, 'fee-thc-yantian-20')).standard).toEqual(fixed(700));
  });
});

describe('importing a list', () => {
  const rows = (codes: string[]): FeeImportItem[] =>
    codes.map((code) => {
      const parsed = parseFeeFileRow({ ...feeToFileRow(newFee(code) as FeeImportItem), code });
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
      return parsed.item;
    });

  it('creates new codes under publicity and changes known ones, in one go', async () => {
    const t = await start();
    const thc = FEES.find((fee) => fee.id === 'fee-thc-yantian-20')!;
    const cut = parseFeeFileRow({ ...feeToFileRow(thc), amount: '800' });
    if (!cut.ok) throw new Error('the exported row should read back');
    const response = await t.request('/api/fees/import', {
      method: 'POST',
      token: await token(t, 'operator-yict'),
      json: { items: [...rows(['IMP-1', 'IMP-2']), cut.item] },
      headers: { 'Idempotency-Key': 'import-1' },
    });
    expect(response.status, await response.clone().text()).toBe(200);
    expect(feeImportResultSchema.parse(await response.json())).toMatchObject({ created: 2, updated: 1, unchanged: 0 });
    expect((await item(t, 'fee-yict-imp-1')).status).toBe('publicised');
    expect((await item(t, 'fee-thc-yantian-20')).standard).toEqual(fixed(800));
  });

  it('writes nothing when one row is invalid or names another organisation’s code', async () => {
    const t = await start();
    const before = await (await t.request('/api/fees')).text();
    const bad = [...rows(['IMP-3']), { ...rows(['IMP-4'])[0]!, ports: ['atlantis'] }];
    const invalid = await t.request('/api/fees/import', {
      method: 'POST',
      token: await token(t, 'operator-yict'),
      json: { items: bad },
    });
    const problem = await expectProblem(invalid, 400, 'validation.failed');
    expect(problem.errors?.[0]?.path).toBe('items.1.ports.0');
    const foreign = await t.request('/api/fees/import', {
      method: 'POST',
      token: await token(t, 'operator-yict'),
      json: { items: [...rows(['IMP-5']), ...rows(['TH-003'])] },
    });
    const foreignProblem = await expectProblem(foreign, 400, 'validation.failed');
    expect(foreignProblem.errors?.map((e) => e.path)).toEqual(['items.1.code']);
    expect(await (await t.request('/api/fees')).text()).toBe(before);
  });

  it('takes a large file (600 rows, over the usual body limit)', async () => {
    const t = await start();
    const items = rows(Array.from({ length: 600 }, (_, i) => `BULK-${i}`));
    const response = await t.request('/api/fees/import', {
      method: 'POST',
      token: await token(t, 'operator-cct'),
      json: { items },
    });
    expect(response.status).toBe(200);
    expect(feeImportResultSchema.parse(await response.json()).created).toBe(600);
  });
});

describe('history seeding', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sw-fee-history-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives a database seeded before the history existed the demo history on its next start, once', async () => {
    const path = join(dir, 'portal.db');
    const first = await startApi({ databasePath: path, databaseUrl: undefined });
    await first.close();
    // As a database from before 0002_fee_history: no history, never seeded with it.
    const raw = new SQLite(path);
    raw.prepare('DELETE FROM fee_history').run();
    raw.prepare('DELETE FROM meta WHERE key = ?').run(FEE_HISTORY_SEEDED_AT);
    raw.close();
    const again = await startApi({ databasePath: path, databaseUrl: undefined });
    try {
      const entries = await history(again, 'fee-pilotage-yantian');
      expect(entries).toEqual(FEE_HISTORY.filter((entry) => entry.feeId === 'fee-pilotage-yantian'));
    } finally {
      await again.close();
    }
    const check = new SQLite(path);
    const count = (check.prepare('SELECT COUNT(*) AS n FROM fee_history').get() as { n: number }).n;
    check.close();
    expect(count).toBe(FEE_HISTORY.length);
    // A third start seeds nothing more.
    const third = await startApi({ databasePath: path, databaseUrl: undefined });
    await third.close();
    const last = new SQLite(path);
    expect((last.prepare('SELECT COUNT(*) AS n FROM fee_history').get() as { n: number }).n).toBe(count);
    last.close();
  });
});
