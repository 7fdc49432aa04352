import type { Generated, Kysely, Transaction } from 'kysely';
import type { Database, FeesTable } from '../db/schema.ts';

/** Columns `0002_fee_history` adds to `fees`: the publicity period, a pending change, the estimator's applicability. */
export interface FeeLifecycleColumns {
  publicity_starts_on: string | null;
  publicity_ends_on: string | null;
  publicity_working_days: number | null;
  /** `PendingChange` as JSON. */
  pending_json: string | null;
  /** `FeeApplicability` as JSON. */
  applies_to_json: string | null;
}

/** One entry of an item's history (`FeeHistoryEntry`); `seq` orders entries as they were recorded. */
export interface FeeHistoryTable {
  seq: Generated<number>;
  id: string;
  fee_id: string;
  kind: string;
  date: string;
  at: string;
  standard_before_json: string | null;
  standard_after_json: string | null;
  change_percent: number | null;
  status_before: string | null;
  status_after: string | null;
  note: string | null;
  objection_reference: string | null;
  fields_json: string | null;
  source: string | null;
  demo: number;
  actor_id: string;
}

/** The database as the fee domain sees it. */
export interface FeeDatabase extends Omit<Database, 'fees'> {
  fees: FeesTable & FeeLifecycleColumns;
  fee_history: FeeHistoryTable;
}

export type FeeDb = Kysely<FeeDatabase> | Transaction<FeeDatabase>;

/** The same connection, typed with the fee domain's tables. */
export function feeDb(db: Kysely<Database>): Kysely<FeeDatabase>;
export function feeDb(db: Transaction<Database>): Transaction<FeeDatabase>;
export function feeDb(db: Kysely<Database> | Transaction<Database>): FeeDb {
  return db as unknown as FeeDb;
}
