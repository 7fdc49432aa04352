/** The usage meter's endpoints on PostgreSQL: same seed, answers and uploads as on SQLite. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  usageClearanceTimesResponseSchema,
  usageFiguresResponseSchema,
  usageRevisionsResponseSchema,
} from '@sw/contracts';
import { CLEARANCE_TIMES, USAGE_FIGURES } from '@sw/mocks/data';
import { startApi, type TestApi } from './helpers.ts';
import { startTestPostgres, type TestDatabase } from './postgres-cluster.ts';

const database: TestDatabase | undefined = await startTestPostgres().catch(() => undefined);

describe.skipIf(!database)('usage on PostgreSQL', () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startApi({ databaseUrl: database!.url, now: () => new Date('2022-02-10T09:00:00+08:00') });
  });
  afterAll(async () => {
    await t?.close();
    await database?.drop();
  });

  it('serves the seeded figures and release times exactly', async () => {
    const figures = usageFiguresResponseSchema.parse(await (await t.request('/api/usage/figures')).json());
    expect(figures.items).toEqual(USAGE_FIGURES);
    const clearance = usageClearanceTimesResponseSchema.parse(
      await (await t.request('/api/usage/clearance-times')).json(),
    );
    expect(clearance.items).toEqual(CLEARANCE_TIMES);
    const land = usageFiguresResponseSchema.parse(
      await (await t.request('/api/usage/figures?mode=land&business=goods&from=2021-12')).json(),
    );
    expect(land.total).toBe(4);
  });

  it('writes an upload with its history', async () => {
    const response = await t.request('/api/usage/imports', {
      method: 'POST',
      token: await t.token('admin'),
      json: {
        source: 'pg',
        rows: [{ business: 'goods', port: 'yantian', month: '2021-12', singleWindow: 1, total: 2 }],
      },
    });
    expect(response.status).toBe(201);
    const history = usageRevisionsResponseSchema.parse(
      await (await t.request('/api/usage/revisions?business=goods&port=yantian&month=2021-12')).json(),
    );
    expect(history.items.map((r) => [r.revision, r.source ?? null])).toEqual([
      [2, 'pg'],
      [1, null],
    ]);
  });
});
