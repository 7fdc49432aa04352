import type { Generated, Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';

/**
 * The usage meter's tables (migration 0006_usage). Kept beside the domain and joined to the
 * shared `Database` type with `withTables`, so the domain owns its schema.
 */
export type UsageTables = {
  /** The current value of each figure: one business at one port in one month. */
  usage_figures: {
    business: string;
    port_id: string;
    /** YYYY-MM */
    month: string;
    single_window: number;
    total: number;
    /** 1 for the first value; each correction adds one. */
    revision: number;
    source: string | null;
    demo: number;
    updated_at: string;
  };
  /** Every version of every figure, the current one included: corrections keep their history. */
  usage_revisions: {
    id: Generated<number>;
    business: string;
    port_id: string;
    month: string;
    revision: number;
    single_window: number;
    total: number;
    source: string | null;
    demo: number;
    note: string | null;
    /** The upload that wrote it; null for the demo seed. */
    import_id: string | null;
    at: string;
    by: string;
  };
  usage_imports: {
    id: string;
    at: string;
    by: string;
    source: string;
    note: string | null;
    rows: number;
    created: number;
    corrected: number;
    unchanged: number;
  };
  /** Average release times per port and month (measure 29). */
  usage_clearance_times: {
    port_id: string;
    month: string;
    import_hours: number;
    export_hours: number;
    source: string | null;
    demo: number;
  };
};

export type UsageDatabase = Database & UsageTables;
export type UsageDb = Kysely<UsageDatabase> | Transaction<UsageDatabase>;

/** The same connection (or transaction), typed with the usage tables. */
export function usageDb(db: Kysely<Database>): Kysely<UsageDatabase>;
export function usageDb(db: Transaction<Database>): Transaction<UsageDatabase>;
export function usageDb(db: Kysely<Database> | Transaction<Database>): UsageDb {
  return db.withTables<UsageTables>();
}

/** Meta keys of the usage domain. */
export const USAGE_META = {
  /** Set once the demo figures were seeded (never seeded again, even if emptied). */
  seededAt: 'usage_seeded_at',
  /** `asOf` of the figures: the seed's publication date, then the time of the latest upload. */
  figuresAsOf: 'usage_figures_as_of',
  clearanceAsOf: 'usage_clearance_as_of',
} as const;
