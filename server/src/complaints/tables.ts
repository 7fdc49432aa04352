import type { Generated, Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';

/**
 * The complaint intake's tables (migration 0005_complaints). A ticket's row holds what lists filter
 * and sort by (its clocks included); its history is one row per event (the event as JSON); files
 * live in the database beside it, never in the repository or a public folder.
 */
export type ComplaintTables = {
  hotlines: {
    id: string;
    position: number;
    /** The `Hotline` as JSON, validated when read. */
    body: string;
  };
  complaints: {
    id: string;
    ticket_number: string;
    type: string;
    category: string;
    unit: string;
    status: string;
    related_kind: string | null;
    related_id: string | null;
    related_label: string | null;
    description: string;
    contact_name: string;
    /** E.164. */
    contact_phone: string | null;
    contact_email: string | null;
    preferred_locale: string;
    privacy_notice_version: string;
    submitted_by: string;
    submitted_at: string;
    ack_due_at: string;
    reply_due_at: string;
    acknowledged_at: string | null;
    replied_at: string | null;
    /** The earliest running deadline (null once none runs): the queue sorts by it, past it is overdue. */
    next_due_at: string | null;
    assignee_id: string | null;
    assignee_name: string | null;
    resolution_outcome: string | null;
    resolution_text: string | null;
    closed_at: string | null;
    /** Lower-cased ticket number, description and related item, for the queue's search. */
    search_text: string;
    demo: number;
    updated_at: string;
  };
  complaint_events: {
    complaint_id: string;
    seq: number;
    at: string;
    kind: string;
    /** The `ComplaintEvent` as JSON. */
    body: string;
  };
  complaint_attachments: {
    id: string;
    /** Null until a ticket names it; unclaimed uploads are purged after a day. */
    complaint_id: string | null;
    position: number | null;
    name: string;
    type: string;
    size: number;
    sha256: string;
    content: Uint8Array;
    uploaded_by: string;
    uploaded_at: string;
  };
};

export type ComplaintDb = Kysely<Database & ComplaintTables>;
export type ComplaintTx = Transaction<Database & ComplaintTables>;

/** The shared database seen with the complaint tables too (they live in this domain, not in schema.ts). */
export function complaintDb(db: Kysely<Database> | Transaction<Database>): ComplaintDb {
  return db.withTables<ComplaintTables>();
}

export type { Generated };
