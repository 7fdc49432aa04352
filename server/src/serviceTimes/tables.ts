import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/**
 * The service-time tables (migration 0004), as type aliases (Kysely's `withTables` wants index-signature-compatible types). Localized texts are one column per locale, as in the
 * rest of the schema; booleans are 0/1; dates and times ISO 8601 text.
 */
export type ServiceTimesTables = {
  service_terminals: ServiceTerminalsTable;
  service_standards: ServiceStandardsTable;
  service_actuals: ServiceActualsTable;
};

export type ServiceTerminalsTable = {
  id: string;
  /** Listing order. */
  position: number;
  short_name: string;
  organisation_id: string;
  port_id: string;
  name_zh_cn: string;
  name_zh_hk: string;
  name_en: string;
  address_zh_cn: string;
  address_zh_hk: string;
  address_en: string;
  phone: string;
  email: string | null;
  website: string | null;
  hours_zh_cn: string;
  hours_zh_hk: string;
  hours_en: string;
  demo: number;
  source: string | null;
};

/** One row per published version; versions are only ever added. */
export type ServiceStandardsTable = {
  terminal_id: string;
  operation: string;
  version: number;
  process_zh_cn: string;
  process_zh_hk: string;
  process_en: string;
  limit_value: number;
  limit_unit: string;
  clock_start: string;
  commitment_percent: number;
  conditions_zh_cn: string;
  conditions_zh_hk: string;
  conditions_en: string;
  force_majeure_zh_cn: string;
  force_majeure_zh_hk: string;
  force_majeure_en: string;
  effective_from: string;
  published_at: string;
  published_by: string;
  change_note_zh_cn: string | null;
  change_note_zh_hk: string | null;
  change_note_en: string | null;
  demo: number;
  source: string | null;
};

/** One reported month of one operation; a new upload replaces it (the old figures stay in the audit). */
export type ServiceActualsTable = {
  terminal_id: string;
  operation: string;
  month: string;
  handled: number;
  within_limit_percent: number;
  demo: number;
  updated_at: string;
  updated_by: string;
};

/**
 * The portal database (or a transaction of it: a `Transaction` is a `Kysely`) seen with the
 * service-time tables too; queries still run on the same connection.
 */
export function serviceTimesDb(db: Kysely<Database>): Kysely<Database & ServiceTimesTables> {
  return db.withTables<ServiceTimesTables>();
}

export const SERVICE_TIMES_META = {
  /** Set once the demo terminals, standards and actuals were seeded; never seeded again. */
  seededAt: 'service_times_seeded_at',
} as const;
