import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';

/**
 * The clearance guide's tables (migration 0003_clearance). Published versions are immutable
 * snapshots kept as JSON (like audit snapshots), validated against the contract when read.
 */
export type ClearanceTables = {
  clearance_agencies: {
    id: string;
    position: number;
    /** The organisation whose operators may propose changes to the agency's steps. */
    organisation_id: string | null;
    body: string;
  };
  clearance_procedures: {
    id: string;
    position: number;
    /** The version that is public now. */
    version: number;
    published_at: string;
  };
  clearance_versions: {
    procedure_id: string;
    version: number;
    published_at: string;
    /** The history entry (`ProcedureVersion`) as JSON. */
    entry: string;
    /** The whole procedure at this version (`ClearanceProcedure`) as JSON. */
    body: string;
    draft_id: string | null;
  };
  clearance_drafts: {
    id: string;
    procedure_id: string;
    step_id: string;
    agency_id: string;
    status: string;
    base_version: number;
    content: string;
    note: string;
    author_id: string;
    author_name: string;
    created_at: string;
    updated_at: string;
    submitted_at: string | null;
    reviews: string;
    published_version: number | null;
  };
};

export type ClearanceDb = Kysely<Database & ClearanceTables>;

/** The shared database seen with the clearance tables too (they live in this domain, not in schema.ts). */
export function clearanceDb(db: Kysely<Database> | Transaction<Database>): ClearanceDb {
  return db.withTables<ClearanceTables>();
}
