import type { DemoUser, FeeItem, Organisation, Port } from '@sw/contracts';
import { FEES, FEES_AS_OF, ORGANISATIONS, PORTS } from '@sw/mocks/data';
import { DEMO_USERS } from '@sw/mocks/data';
import { insertFees } from '../fees/repository.ts';
import { organisationToRow, portToRow } from '../fees/rows.ts';
import type { DatabaseHandle } from './database.ts';
import { readMeta, writeMeta, META } from './meta.ts';

export interface SeedData {
  organisations: readonly Organisation[];
  ports: readonly Port[];
  fees: readonly FeeItem[];
  users: readonly DemoUser[];
  /** The catalogue date reported as `asOf` until the first write. */
  asOf: string;
}

/** The demo data set of `@sw/mocks` (the same data the msw handlers serve) and the demo users. */
export function demoSeedData(): SeedData {
  return { organisations: ORGANISATIONS, ports: PORTS, fees: FEES, users: DEMO_USERS, asOf: FEES_AS_OF };
}

export const SEED_ACTOR = 'system:seed';

/**
 * Seeds a database that has never been seeded and holds no data; never writes over data that is
 * there. Resolves to what it did.
 */
export async function seedIfEmpty(handle: DatabaseHandle, data: SeedData, now: string): Promise<'seeded' | 'skipped'> {
  const { db } = handle;
  if (await readMeta(db, META.seededAt)) return 'skipped';
  const counts = await Promise.all(
    (['organisations', 'ports', 'fees', 'users'] as const).map((table) =>
      db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow(),
    ),
  );
  if (counts.some((row) => Number(row.n) > 0)) return 'skipped';
  try {
    await db.transaction().execute(async (trx) => {
      if (data.organisations.length) {
        await trx.insertInto('organisations').values(data.organisations.map(organisationToRow)).execute();
      }
      if (data.ports.length) await trx.insertInto('ports').values(data.ports.map(portToRow)).execute();
      await insertFees(trx, data.fees, 0, { at: now, by: SEED_ACTOR });
      if (data.users.length) {
        await trx
          .insertInto('users')
          .values(
            data.users.map((user) => ({
              id: user.id,
              name: user.name,
              role: user.role,
              organisation_id: user.organisationId ?? null,
              created_at: now,
            })),
          )
          .execute();
      }
      await writeMeta(trx, META.catalogueAsOf, data.asOf);
      await writeMeta(trx, META.seededAt, now);
    });
  } catch (error) {
    // Another process seeding the same new database at the same moment wins; anything else is an error.
    if (await readMeta(db, META.seededAt)) return 'skipped';
    throw error;
  }
  return 'seeded';
}
