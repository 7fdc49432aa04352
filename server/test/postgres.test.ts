/**
 * The same server on PostgreSQL (DATABASE_URL=postgres://…): the same migrations, seed, answers
 * and writes as on SQLite. Runs on SW_TEST_POSTGRES_URL, or on a throw-away local cluster when
 * PostgreSQL is installed; skipped (with a note) when neither is available.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getResponse } from 'msw';
import { auditListResponseSchema, feeItemSchema, feeListResponseSchema } from '@sw/contracts';
import { handlers } from '@sw/mocks';
import { FEES } from '@sw/mocks/data';
import { OBJECTION, newFee, startApi, type TestApi } from './helpers.ts';
import { startTestPostgres, type TestDatabase } from './postgres-cluster.ts';
import { createMigrations } from '../src/db/migrations.ts';

const database: TestDatabase | undefined = await startTestPostgres().catch((error: unknown) => {
  console.warn(`PostgreSQL tests skipped: ${error instanceof Error ? error.message : String(error)}`);
  return undefined;
});
if (!database) console.warn('PostgreSQL tests skipped: set SW_TEST_POSTGRES_URL or install PostgreSQL');

describe.skipIf(!database)('PostgreSQL', () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startApi({ databaseUrl: database!.url, rateLimit: false });
  });
  afterAll(async () => {
    await t?.close();
    await database?.drop();
  });

  it('migrates, seeds and answers like the mocks', async () => {
    expect(await (await t.request('/api/health')).json()).toMatchObject({
      database: 'postgres',
      migrations: Object.keys(createMigrations('postgres')).sort(),
    });
    for (const query of [
      '',
      '?port=yantian&category=storage',
      '?sort=name',
      '?sort=amount&order=desc',
      `?q=${encodeURIComponent('鹽田')}`,
    ]) {
      const ours = await t.request(`/api/fees${query}`);
      const mocks = await getResponse(handlers, new Request(`http://localhost/api/fees${query}`));
      expect(feeListResponseSchema.parse(await ours.json())).toEqual(await mocks!.json());
    }
    for (const item of FEES) {
      expect(feeItemSchema.parse(await (await t.request(`/api/fees/${item.id}`)).json())).toEqual(item);
    }
  });

  it('writes, audits, replays idempotent requests, and keeps everything across a restart', async () => {
    const token = await t.token('operator-yict');
    const created = await t.request('/api/fees', { method: 'POST', token, json: newFee('PG-1') });
    expect(created.status).toBe(201);
    const headers = { 'Idempotency-Key': 'pg-k' };
    const first = await t.request('/api/fees/fee-pg-1/objections', { method: 'POST', json: OBJECTION, headers });
    const again = await t.request('/api/fees/fee-pg-1/objections', { method: 'POST', json: OBJECTION, headers });
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(await first.json());
    expect(
      (await t.request('/api/fees/fee-thc-yantian-20', { method: 'PATCH', token, json: { status: 'suspended' } }))
        .status,
    ).toBe(200);
    const audit = auditListResponseSchema.parse(
      await (await t.request('/api/audit', { token: await t.token('admin') })).json(),
    );
    expect(audit.items.map((e) => [e.action, e.resource])).toEqual([
      ['update', 'fee'],
      ['create', 'objection'],
      ['create', 'fee'],
    ]);
    expect(audit.items[0]!.id).toBeGreaterThan(audit.items[2]!.id);

    const before = await (await t.request('/api/fees')).text();
    await t.close();
    t = await startApi({ databaseUrl: database!.url, rateLimit: false });
    expect(await (await t.request('/api/fees')).text()).toBe(before);
    expect((await (await t.request('/api/fees/fee-thc-yantian-20')).json()).status).toBe('suspended');
  });
});
