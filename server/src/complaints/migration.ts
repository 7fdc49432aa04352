import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import type { DialectName } from '../db/migrations.ts';

/** 0005_complaints: the hotline directory, tickets with their history, and their files. */
export function complaintsMigration(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('hotlines')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('position', 'integer', (col) => col.notNull())
        .addColumn('body', 'text', (col) => col.notNull())
        .execute();

      await db.schema
        .createTable('complaints')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('ticket_number', 'text', (col) => col.notNull().unique())
        .addColumn('type', 'text', (col) => col.notNull())
        .addColumn('category', 'text', (col) => col.notNull())
        .addColumn('unit', 'text', (col) => col.notNull())
        .addColumn('status', 'text', (col) => col.notNull())
        .addColumn('related_kind', 'text')
        .addColumn('related_id', 'text')
        .addColumn('related_label', 'text')
        .addColumn('description', 'text', (col) => col.notNull())
        .addColumn('contact_name', 'text', (col) => col.notNull())
        .addColumn('contact_phone', 'text')
        .addColumn('contact_email', 'text')
        .addColumn('preferred_locale', 'text', (col) => col.notNull())
        .addColumn('privacy_notice_version', 'text', (col) => col.notNull())
        .addColumn('submitted_by', 'text', (col) => col.notNull())
        .addColumn('submitted_at', 'text', (col) => col.notNull())
        .addColumn('ack_due_at', 'text', (col) => col.notNull())
        .addColumn('reply_due_at', 'text', (col) => col.notNull())
        .addColumn('acknowledged_at', 'text')
        .addColumn('replied_at', 'text')
        .addColumn('next_due_at', 'text')
        .addColumn('assignee_id', 'text')
        .addColumn('assignee_name', 'text')
        .addColumn('resolution_outcome', 'text')
        .addColumn('resolution_text', 'text')
        .addColumn('closed_at', 'text')
        .addColumn('search_text', 'text', (col) => col.notNull())
        .addColumn('demo', 'integer', (col) => col.notNull())
        .addColumn('updated_at', 'text', (col) => col.notNull())
        .execute();
      await db.schema
        .createIndex('complaints_queue_idx')
        .on('complaints')
        .columns(['unit', 'status', 'next_due_at'])
        .execute();
      await db.schema.createIndex('complaints_submitted_idx').on('complaints').column('submitted_at').execute();

      await db.schema
        .createTable('complaint_events')
        .addColumn('complaint_id', 'text', (col) => col.notNull().references('complaints.id').onDelete('cascade'))
        .addColumn('seq', 'integer', (col) => col.notNull())
        .addColumn('at', 'text', (col) => col.notNull())
        .addColumn('kind', 'text', (col) => col.notNull())
        .addColumn('body', 'text', (col) => col.notNull())
        .addPrimaryKeyConstraint('complaint_events_pk', ['complaint_id', 'seq'])
        .execute();

      await db.schema
        .createTable('complaint_attachments')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('complaint_id', 'text', (col) => col.references('complaints.id').onDelete('cascade'))
        .addColumn('position', 'integer')
        .addColumn('name', 'text', (col) => col.notNull())
        .addColumn('type', 'text', (col) => col.notNull())
        .addColumn('size', 'integer', (col) => col.notNull())
        .addColumn('sha256', 'text', (col) => col.notNull())
        // The one dialect switch: SQLite's blob is PostgreSQL's bytea.
        .addColumn('content', dialect === 'postgres' ? 'bytea' : 'blob', (col) => col.notNull())
        .addColumn('uploaded_by', 'text', (col) => col.notNull())
        .addColumn('uploaded_at', 'text', (col) => col.notNull())
        .execute();
      await db.schema
        .createIndex('complaint_attachments_owner_idx')
        .on('complaint_attachments')
        .columns(['complaint_id', 'uploaded_at'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ['complaint_attachments', 'complaint_events', 'complaints', 'hotlines']) {
        await db.schema.dropTable(table).execute();
      }
    },
  };
}
