/** A file database: created on first start, seeded once, and every write survives a restart. */
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import SQLite from 'better-sqlite3';
import { feeListResponseSchema } from '@sw/contracts';
import { FEES, FEES_AS_OF } from '@sw/mocks/data';
import { DEFAULT_DATABASE_PATH } from '../src/index.ts';
import { createMigrations } from '../src/db/migrations.ts';
import { OBJECTION, newFee, startApi } from './helpers.ts';

/** Every migration, in the order they apply (each domain adds its own). */
const MIGRATION_NAMES = Object.keys(createMigrations('sqlite')).sort();

const dir = mkdtempSync(join(tmpdir(), 'sw-portal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a file database', () => {
  it('is created with its folders on first start and seeded from the demo data', async () => {
    const path = join(dir, 'nested', 'folder', 'portal.db');
    const t = await startApi({ databasePath: path, databaseUrl: undefined });
    expect(existsSync(path)).toBe(true);
    const list = feeListResponseSchema.parse(await (await t.request('/api/fees')).json());
    expect(list.total).toBe(FEES.length);
    expect(list.asOf).toBe(FEES_AS_OF);
    await t.close();
  });

  it('keeps writes, tokens and audit across restarts and never seeds again', async () => {
    const path = join(dir, 'restart.db');
    const first = await startApi({ databaseUrl: `file:${path}`, rateLimit: false });
    const token = await first.token('operator-yict');
    expect((await first.request('/api/fees', { method: 'POST', token, json: newFee('KEEP-1') })).status).toBe(201);
    expect(
      (
        await first.request('/api/fees/fee-thc-yantian-20', {
          method: 'PATCH',
          token,
          json: { standard: { kind: 'fixed', amount: 734, currency: 'CNY' } }, // a cut: it applies at once
        })
      ).status,
    ).toBe(200);
    const objection = await (
      await first.request('/api/fees/fee-keep-1/objections', {
        method: 'POST',
        json: OBJECTION,
        headers: { 'Idempotency-Key': 'persist-1' },
      })
    ).json();
    const before = await (await first.request('/api/fees')).text();
    await first.close();

    for (let restart = 0; restart < 2; restart++) {
      const again = await startApi({ databaseUrl: `file:${path}`, rateLimit: false });
      // The whole list, asOf included, is what it was before the restart: nothing re-seeded.
      expect(await (await again.request('/api/fees')).text()).toBe(before);
      expect((await (await again.request('/api/fees/fee-thc-yantian-20')).json()).standard.amount).toBe(734);
      // A development token issued before the restart still works (its secret is kept in the database).
      expect((await again.request('/api/fees/fee-keep-1/objections', { token })).status).toBe(200);
      // Idempotency keys survive too: the retry answers the stored objection.
      const retry = await again.request('/api/fees/fee-keep-1/objections', {
        method: 'POST',
        json: OBJECTION,
        headers: { 'Idempotency-Key': 'persist-1' },
      });
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      expect((await retry.json()).id).toBe(objection.id);
      const audit = await (await again.request('/api/audit', { token: await again.token('admin') })).json();
      expect(audit.items.map((e: { action: string }) => e.action)).toEqual(['create', 'update', 'create']);
      await again.close();
    }
  });

  it('does not seed over data that is there, even when it was never seeded', async () => {
    const path = join(dir, 'foreign.db');
    // Start empty (no seed), then put one organisation in by hand.
    const empty = await startApi({ databasePath: path, databaseUrl: undefined, seed: false });
    expect((await (await empty.request('/api/fees')).json()).total).toBe(0);
    await empty.close();
    const sqlite = new SQLite(path);
    sqlite
      .prepare(
        'insert into organisations (id, position, kind, name_zh_cn, name_zh_hk, name_en) values (?, ?, ?, ?, ?, ?)',
      )
      .run('own-org', 0, 'terminal', '自有', '自有', 'Own');
    sqlite.close();
    const later = await startApi({ databasePath: path, databaseUrl: undefined });
    expect((await (await later.request('/api/fees')).json()).total).toBe(0);
    expect(await (await later.request('/api/organisations')).json()).toEqual([
      { id: 'own-org', kind: 'terminal', name: { 'zh-CN': '自有', 'zh-HK': '自有', en: 'Own' } },
    ]);
    await later.close();
  });

  it('records the applied migrations', async () => {
    const path = join(dir, 'migrations.db');
    const t = await startApi({ databasePath: path, databaseUrl: undefined });
    expect(await (await t.request('/api/health')).json()).toEqual({
      status: 'ok',
      mode: 'development',
      database: 'sqlite',
      migrations: MIGRATION_NAMES,
    });
    await t.close();
    const sqlite = new SQLite(path, { readonly: true });
    expect(sqlite.prepare('select name from kysely_migration order by name').all()).toEqual(
      MIGRATION_NAMES.map((name) => ({ name })),
    );
    sqlite.close();
  });

  it('defaults to data/portal.db at the repository root, wherever the caller runs', () => {
    expect(DEFAULT_DATABASE_PATH).toBe(fileURLToPath(new URL('../../data/portal.db', import.meta.url)));
  });

  it('resolves a relative path against baseDir, not the current directory', async () => {
    const t = await startApi({ databasePath: 'rel/portal.db', databaseUrl: undefined, baseDir: dir });
    expect(t.api.database.description).toBe(join(dir, 'rel', 'portal.db'));
    expect(existsSync(join(dir, 'rel', 'portal.db'))).toBe(true);
    await t.close();
  });
});
