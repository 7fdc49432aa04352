/** The service-time endpoints on PostgreSQL: the same seed, versions and all-or-nothing uploads as on SQLite. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  actualsListResponseSchema,
  actualsUploadResponseSchema,
  serviceStandardSchema,
  standardHistoryResponseSchema,
  terminalListResponseSchema,
} from '@sw/contracts';
import { MONTHLY_ACTUALS, TERMINALS } from '@sw/mocks/data';
import { startApi, type TestApi } from './helpers.ts';
import { startTestPostgres, type TestDatabase } from './postgres-cluster.ts';

const database: TestDatabase | undefined = await startTestPostgres().catch(() => undefined);
const text = (value: string) => ({ 'zh-CN': value, 'zh-HK': value, en: value });

describe.skipIf(!database)('service times on PostgreSQL', () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startApi({ databaseUrl: database!.url, now: () => new Date('2026-11-27T10:00:00+08:00') });
  });
  afterAll(async () => {
    await t?.close();
    await database?.drop();
  });

  it('serves the seeded terminals and actuals exactly', async () => {
    const terminals = terminalListResponseSchema.parse(await (await t.request('/api/service-times/terminals')).json());
    expect(terminals.items).toEqual(TERMINALS);
    const actuals = actualsListResponseSchema.parse(await (await t.request('/api/service-times/actuals')).json());
    expect(actuals.total).toBe(MONTHLY_ACTUALS.length);
    expect(actuals.items.filter((m) => m.belowCommitment)).toHaveLength(10);
  });

  it('publishes a version and replaces a month, all or nothing', async () => {
    const published = await t.request('/api/service-times/terminals/mct/standards', {
      method: 'POST',
      token: await t.token('admin'),
      json: {
        operation: 'tally-report',
        process: text('Tally report'),
        timeLimit: { value: 4.5, unit: 'minutes' },
        clockStart: 'vessel-operations-complete',
        commitmentPercent: 98.5,
        conditions: text('Electronic report'),
        forceMajeure: text('Typhoons'),
        effectiveFrom: '2026-11-27',
      },
    });
    expect(serviceStandardSchema.parse(await published.json())).toMatchObject({
      version: 1,
      status: 'in-force',
      timeLimit: { value: 4.5, unit: 'minutes' },
      commitmentPercent: 98.5,
    });
    const history = standardHistoryResponseSchema.parse(
      await (await t.request('/api/service-times/terminals/mct/standards/in-yard-transfer/history')).json(),
    );
    expect(history.items.map((v) => v.version)).toEqual([2, 1]);

    const admin = await t.token('admin');
    const refused = await t.request('/api/service-times/terminals/mct/actuals', {
      method: 'POST',
      token: admin,
      json: {
        rows: [
          { month: '2026-10', operation: 'unstuffing', handled: 700, withinLimitPercent: 91.2 },
          { month: '2026-10', operation: 'export-receipt', handled: 700, withinLimitPercent: 91.2 },
        ],
      },
    });
    expect(refused.status).toBe(400);
    const written = await t.request('/api/service-times/terminals/mct/actuals', {
      method: 'POST',
      token: admin,
      json: { rows: [{ month: '2026-10', operation: 'unstuffing', handled: 700, withinLimitPercent: 91.2 }] },
    });
    expect(actualsUploadResponseSchema.parse(await written.json())).toMatchObject({ created: 0, replaced: 1 });
    const october = actualsListResponseSchema.parse(
      await (await t.request('/api/service-times/actuals?terminal=mct&operation=unstuffing&from=2026-10')).json(),
    );
    expect(october.items[0]).toMatchObject({ withinLimitPercent: 91.2, belowCommitment: true });
  });
});
