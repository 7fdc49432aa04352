import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { readMeta, writeMeta } from '../db/meta.ts';
import { CLEARANCE_TIMES, CLEARANCE_TIMES_AS_OF, USAGE_AS_OF, USAGE_FIGURES, demoUsageRevisions } from '@sw/mocks/data';
import { USAGE_META, usageDb } from './tables.ts';

const SEED_ACTOR = 'system:seed';
/** Rows per insert statement, well inside SQLite's and PostgreSQL's limits on bound values. */
const BATCH = 400;

async function insertInBatches<T>(rows: readonly T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

/**
 * Seeds the demo usage figures (with their history) and release times the first time the usage
 * tables are there and empty, also into an existing portal database that was seeded before this
 * domain existed; never over existing figures, and never again once done.
 */
export async function seedUsageIfEmpty(database: Kysely<Database>, now: string): Promise<'seeded' | 'skipped'> {
  const db = usageDb(database);
  if (await readMeta(database, USAGE_META.seededAt)) return 'skipped';
  const [figures, clearance] = await Promise.all(
    (['usage_figures', 'usage_clearance_times'] as const).map((table) =>
      db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow(),
    ),
  );
  if (Number(figures?.n) > 0 || Number(clearance?.n) > 0) return 'skipped';
  try {
    await db.transaction().execute(async (trx) => {
      await insertInBatches(USAGE_FIGURES, (batch) =>
        trx
          .insertInto('usage_figures')
          .values(
            batch.map((figure) => ({
              business: figure.business,
              port_id: figure.port,
              month: figure.month,
              single_window: figure.singleWindow,
              total: figure.total,
              revision: figure.revision,
              source: figure.source ?? null,
              demo: figure.demo ? 1 : 0,
              updated_at: demoUsageRevisions(figure)[0]!.at,
            })),
          )
          .execute(),
      );
      const revisions = USAGE_FIGURES.flatMap((figure) =>
        demoUsageRevisions(figure).map((version) => ({
          business: figure.business,
          port_id: figure.port,
          month: figure.month,
          revision: version.revision,
          single_window: version.singleWindow,
          total: version.total,
          source: version.source ?? null,
          demo: version.demo ? 1 : 0,
          note: version.note ?? null,
          import_id: null,
          at: version.at,
          by: SEED_ACTOR,
        })),
      );
      await insertInBatches(revisions, (batch) => trx.insertInto('usage_revisions').values(batch).execute());
      await insertInBatches(CLEARANCE_TIMES, (batch) =>
        trx
          .insertInto('usage_clearance_times')
          .values(
            batch.map((item) => ({
              port_id: item.port,
              month: item.month,
              import_hours: item.importHours,
              export_hours: item.exportHours,
              source: item.source ?? null,
              demo: item.demo ? 1 : 0,
            })),
          )
          .execute(),
      );
      await writeMeta(trx, USAGE_META.figuresAsOf, USAGE_AS_OF);
      await writeMeta(trx, USAGE_META.clearanceAsOf, CLEARANCE_TIMES_AS_OF);
      await writeMeta(trx, USAGE_META.seededAt, now);
    });
  } catch (error) {
    // Another process seeding the same database at the same moment wins; anything else is an error.
    if (await readMeta(database, USAGE_META.seededAt)) return 'skipped';
    throw error;
  }
  return 'seeded';
}
