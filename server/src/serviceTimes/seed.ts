import type { Kysely } from 'kysely';
import { MONTHLY_ACTUALS, STANDARD_VERSIONS, TERMINALS } from '@sw/mocks/data';
import { readMeta, writeMeta } from '../db/meta.ts';
import type { Database } from '../db/schema.ts';
import { actualToRow, terminalToRow, versionToRow } from './rows.ts';
import { SERVICE_TIMES_META, serviceTimesDb } from './tables.ts';

const SEED_ACTOR = 'system:seed';
/** Rows per insert statement, well inside SQLite's and PostgreSQL's limits on bound values. */
const BATCH = 200;

export type ServiceTimesSeedResult = 'seeded' | 'skipped' | 'missing-organisations';

/**
 * Seeds the demo terminals, their standards and monthly actuals the first time the service-time
 * tables are there and empty, also into a portal database seeded before this domain existed; never
 * over existing data, and never again once done. The terminals belong to organisations of the
 * portal's own seed: without them (a database seeded with other data) nothing is written.
 */
export async function seedServiceTimesIfNew(database: Kysely<Database>, now: string): Promise<ServiceTimesSeedResult> {
  const db = serviceTimesDb(database);
  if (await readMeta(database, SERVICE_TIMES_META.seededAt)) return 'skipped';
  const existing = await db
    .selectFrom('service_terminals')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  if (Number(existing.n) > 0) return 'skipped';
  const organisations = new Set(
    (await database.selectFrom('organisations').select('id').execute()).map((row) => row.id),
  );
  if (TERMINALS.some((terminal) => !organisations.has(terminal.organisationId))) return 'missing-organisations';
  try {
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('service_terminals')
        .values(TERMINALS.map((terminal, position) => terminalToRow(terminal, position)))
        .execute();
      for (let i = 0; i < STANDARD_VERSIONS.length; i += BATCH) {
        const batch = STANDARD_VERSIONS.slice(i, i + BATCH);
        await trx
          .insertInto('service_standards')
          .values(batch.map((version) => versionToRow(version, SEED_ACTOR)))
          .execute();
      }
      for (let i = 0; i < MONTHLY_ACTUALS.length; i += BATCH) {
        const batch = MONTHLY_ACTUALS.slice(i, i + BATCH);
        await trx
          .insertInto('service_actuals')
          .values(batch.map((actual) => actualToRow(actual, now, SEED_ACTOR)))
          .execute();
      }
      await writeMeta(trx, SERVICE_TIMES_META.seededAt, now);
    });
  } catch (error) {
    // Another process seeding the same database at the same moment wins; anything else is an error.
    if (await readMeta(database, SERVICE_TIMES_META.seededAt)) return 'skipped';
    throw error;
  }
  return 'seeded';
}
