import { firstVersion, type ClearanceAgency, type ClearanceProcedure, type DemoUser } from '@sw/contracts';
import { CLEARANCE_AGENCIES, CLEARANCE_PROCEDURES, DEMO_USERS } from '@sw/mocks/data';
import type { Kysely } from 'kysely';
import { readMeta, writeMeta } from '../db/meta.ts';
import type { Database } from '../db/schema.ts';
import { insertVersion } from './repository.ts';
import { clearanceDb } from './tables.ts';

export interface ClearanceSeedData {
  agencies: readonly ClearanceAgency[];
  procedures: readonly ClearanceProcedure[];
  /** Demo users this domain needs (agency operators), added when missing and their organisation exists. */
  users: readonly DemoUser[];
}

/** Set once the clearance guide's demo data has been written, so it is never written again. */
export const CLEARANCE_SEEDED_AT = 'clearance_seeded_at';

const CLEARANCE_USER_IDS = ['operator-customs'];

export function demoClearanceSeed(): ClearanceSeedData {
  return {
    agencies: CLEARANCE_AGENCIES,
    procedures: CLEARANCE_PROCEDURES,
    users: DEMO_USERS.filter((user) => CLEARANCE_USER_IDS.includes(user.id)),
  };
}

/**
 * Seeds the clearance guide the first time its tables are empty (also into an existing database
 * that was seeded before this domain existed); never over data that is there.
 */
export async function seedClearanceIfEmpty(
  base: Kysely<Database>,
  data: ClearanceSeedData,
  now: string,
): Promise<'seeded' | 'skipped'> {
  if (await readMeta(base, CLEARANCE_SEEDED_AT)) return 'skipped';
  const db = clearanceDb(base);
  const count = await db
    .selectFrom('clearance_procedures')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  if (Number(count.n) > 0) return 'skipped';
  try {
    await base.transaction().execute(async (trx) => {
      const tx = clearanceDb(trx);
      if (data.agencies.length) {
        await tx
          .insertInto('clearance_agencies')
          .values(
            data.agencies.map((agency, position) => ({
              id: agency.id,
              position,
              organisation_id: agency.organisationId ?? null,
              body: JSON.stringify(agency),
            })),
          )
          .execute();
      }
      for (const [position, procedure] of data.procedures.entries()) {
        await tx
          .insertInto('clearance_procedures')
          .values({ id: procedure.id, position, version: procedure.version, published_at: procedure.publishedAt })
          .execute();
        await insertVersion(tx, procedure, firstVersion(procedure), null);
      }
      for (const user of data.users) {
        const known = await trx.selectFrom('users').select('id').where('id', '=', user.id).executeTakeFirst();
        const organisation = user.organisationId
          ? await trx.selectFrom('organisations').select('id').where('id', '=', user.organisationId).executeTakeFirst()
          : { id: null };
        if (known || !organisation) continue;
        await trx
          .insertInto('users')
          .values({
            id: user.id,
            name: user.name,
            role: user.role,
            organisation_id: user.organisationId ?? null,
            created_at: now,
          })
          .execute();
      }
      await writeMeta(trx, CLEARANCE_SEEDED_AT, now);
    });
  } catch (error) {
    // Another process seeding the same database at the same moment wins; anything else is an error.
    if (await readMeta(base, CLEARANCE_SEEDED_AT)) return 'skipped';
    throw error;
  }
  return 'seeded';
}
