import { mkdirSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import pg from 'pg';
import { migrationProvider, type DialectName } from './migrations.ts';
import type { Database } from './schema.ts';

export type DatabaseTarget = { dialect: 'sqlite'; path: string } | { dialect: 'postgres'; url: string };

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: DialectName;
  /** For logs: the file path, ':memory:' or the Postgres URL without its password. */
  description: string;
  close(): Promise<void>;
}

/**
 * Reads where the data lives: `postgres://…` / `postgresql://…` (PostgreSQL), `file:…`,
 * `sqlite:…` or a plain path (SQLite file; relative paths against `baseDir`), `:memory:` or
 * `sqlite::memory:` (in-memory SQLite, gone on close).
 */
export function resolveDatabaseTarget(location: string, baseDir: string): DatabaseTarget {
  const value = location.trim();
  if (/^postgres(ql)?:\/\//i.test(value)) return { dialect: 'postgres', url: value };
  if (value === ':memory:' || value === 'sqlite::memory:' || value === 'file::memory:') {
    return { dialect: 'sqlite', path: ':memory:' };
  }
  let path = value;
  if (value.startsWith('file://')) path = fileURLToPath(value);
  else if (value.startsWith('file:')) path = value.slice('file:'.length);
  else if (value.startsWith('sqlite:')) path = value.slice('sqlite:'.length);
  if (!path) throw new Error(`no database path in "${location}"`);
  return { dialect: 'sqlite', path: isAbsolute(path) ? path : resolve(baseDir, path) };
}

export function openDatabase(target: DatabaseTarget): DatabaseHandle {
  if (target.dialect === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    const safe = new URL(target.url);
    if (safe.password) safe.password = '***';
    return { db, dialect: 'postgres', description: safe.toString(), close: () => db.destroy() };
  }
  if (target.path !== ':memory:') mkdirSync(dirname(target.path), { recursive: true });
  const sqlite = new SQLite(target.path);
  if (target.path !== ':memory:') {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
  }
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, dialect: 'sqlite', description: target.path, close: () => db.destroy() };
}

/** Applies every pending migration; resolves to the names of all applied migrations, oldest first. */
export async function migrateToLatest(handle: DatabaseHandle): Promise<string[]> {
  // Domains add their numbered migrations independently: one that arrives after a higher number has
  // run (an older portal.db) is still applied, rather than refusing to start.
  const migrator = new Migrator({
    db: handle.db,
    provider: migrationProvider(handle.dialect),
    allowUnorderedMigrations: true,
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) {
    const reason = error instanceof Error ? error.message : String(error ?? '');
    throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${reason}`, { cause: error });
  }
  const migrations = await migrator.getMigrations();
  return migrations.filter((migration) => migration.executedAt !== undefined).map((m) => m.name);
}

/** The repository's `data/` folder (beside `server/`), whatever the current directory. */
export const DEFAULT_DATABASE_PATH = fileURLToPath(new URL('../../../data/portal.db', import.meta.url));
