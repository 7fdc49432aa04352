import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/** 0003_clearance: agencies, procedures with their published versions, and the agencies' proposals. */
export const clearanceMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('clearance_agencies')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('position', 'integer', (col) => col.notNull())
      .addColumn('organisation_id', 'text')
      .addColumn('body', 'text', (col) => col.notNull())
      .execute();

    await db.schema
      .createTable('clearance_procedures')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('position', 'integer', (col) => col.notNull())
      .addColumn('version', 'integer', (col) => col.notNull())
      .addColumn('published_at', 'text', (col) => col.notNull())
      .execute();

    await db.schema
      .createTable('clearance_versions')
      .addColumn('procedure_id', 'text', (col) => col.notNull().references('clearance_procedures.id'))
      .addColumn('version', 'integer', (col) => col.notNull())
      .addColumn('published_at', 'text', (col) => col.notNull())
      .addColumn('entry', 'text', (col) => col.notNull())
      .addColumn('body', 'text', (col) => col.notNull())
      .addColumn('draft_id', 'text')
      .addPrimaryKeyConstraint('clearance_versions_pk', ['procedure_id', 'version'])
      .execute();

    await db.schema
      .createTable('clearance_drafts')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('procedure_id', 'text', (col) => col.notNull().references('clearance_procedures.id'))
      .addColumn('step_id', 'text', (col) => col.notNull())
      .addColumn('agency_id', 'text', (col) => col.notNull().references('clearance_agencies.id'))
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('base_version', 'integer', (col) => col.notNull())
      .addColumn('content', 'text', (col) => col.notNull())
      .addColumn('note', 'text', (col) => col.notNull())
      .addColumn('author_id', 'text', (col) => col.notNull())
      .addColumn('author_name', 'text', (col) => col.notNull())
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .addColumn('submitted_at', 'text')
      .addColumn('reviews', 'text', (col) => col.notNull())
      .addColumn('published_version', 'integer')
      .execute();
    await db.schema
      .createIndex('clearance_drafts_step_idx')
      .on('clearance_drafts')
      .columns(['procedure_id', 'step_id', 'status'])
      .execute();
    await db.schema.createIndex('clearance_drafts_agency_idx').on('clearance_drafts').column('agency_id').execute();
  },
  async down(db: Kysely<unknown>) {
    for (const table of ['clearance_drafts', 'clearance_versions', 'clearance_procedures', 'clearance_agencies']) {
      await db.schema.dropTable(table).execute();
    }
  },
};
