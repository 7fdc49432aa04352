import type { Kysely } from 'kysely';
import type { FeeHistoryEntry, FeeItem } from '@sw/contracts';
import { FEE_HISTORY } from '@sw/mocks/data';
import { readMeta, writeMeta } from '../db/meta.ts';
import type { Database } from '../db/schema.ts';
import { SEED_ACTOR } from '../db/seed.ts';
import { insertHistoryEntries } from './history.ts';
import { insertFees, nextFeePosition } from './repository.ts';
import { feeToRow } from './rows.ts';
import { feeDb } from './tables.ts';

export const FEE_HISTORY_SEEDED_AT = 'fee_history_seeded_at';

/**
 * Seeds the fee domain's demo history once (`0002_fee_history`), also into a database made
 * before it: the history of the demo items that are there, the publicity, pending changes and
 * applicability of demo items nobody has edited since the seed (version 1; empty columns only),
 * and the demo items added since (when their codes are free). Never writes over edited data.
 */
export async function seedFeeHistoryIfNew(
  database: Kysely<Database>,
  demo: { fees: readonly FeeItem[]; history?: readonly FeeHistoryEntry[] },
  now: string,
): Promise<'seeded' | 'skipped'> {
  const db = feeDb(database);
  if (await readMeta(database, FEE_HISTORY_SEEDED_AT)) return 'skipped';
  const existing = await db.selectFrom('fee_history').select('id').limit(1).execute();
  if (existing.length) {
    await writeMeta(database, FEE_HISTORY_SEEDED_AT, now);
    return 'skipped';
  }
  const history = demo.history ?? FEE_HISTORY;
  await db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('fees')
      .select(['id', 'code', 'version', 'publicity_starts_on', 'pending_json', 'applies_to_json'])
      .execute();
    const byId = new Map(rows.map((row) => [row.id, row]));
    const codes = new Set(rows.map((row) => row.code));
    const isDemoDatabase = demo.fees.some((item) => byId.has(item.id));
    if (!isDemoDatabase) return;
    const missing = demo.fees.filter((item) => !byId.has(item.id) && !codes.has(item.code));
    await insertFees(trx, missing, await nextFeePosition(trx), { at: now, by: SEED_ACTOR });
    for (const item of demo.fees) {
      const row = byId.get(item.id);
      if (!row || Number(row.version) !== 1 || row.publicity_starts_on || row.pending_json || row.applies_to_json)
        continue;
      const columns = feeToRow(item, 0, { at: now, by: SEED_ACTOR });
      await trx
        .updateTable('fees')
        .set({
          publicity_starts_on: columns.publicity_starts_on,
          publicity_ends_on: columns.publicity_ends_on,
          publicity_working_days: columns.publicity_working_days,
          pending_json: columns.pending_json,
          applies_to_json: columns.applies_to_json,
        })
        .where('id', '=', item.id)
        .execute();
    }
    const present = new Set([...byId.keys(), ...missing.map((item) => item.id)]);
    await insertHistoryEntries(
      trx,
      history.filter((entry) => present.has(entry.feeId)),
      SEED_ACTOR,
    );
  });
  await writeMeta(database, FEE_HISTORY_SEEDED_AT, now);
  return 'seeded';
}
