import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import type { DialectName } from '../db/migrations.ts';

/** `0006_usage`: usage figures with their revisions, uploads and release times. */
export function usageMigration(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('usage_figures')
        .addColumn('business', 'text', (col) => col.notNull())
        .addColumn('port_id', 'text', (col) => col.notNull())
        .addColumn('month', 'text', (col) => col.notNull())
        .addColumn('single_window', 'integer', (col) => col.notNull())
        .addColumn('total', 'integer', (col) => col.notNull())
        .addColumn('revision', 'integer', (col) => col.notNull())
        .addColumn('source', 'text')
        .addColumn('demo', 'integer', (col) => col.notNull())
        .addColumn('updated_at', 'text', (col) => col.notNull())
        .addPrimaryKeyConstraint('usage_figures_pk', ['business', 'port_id', 'month'])
        .addCheckConstraint('usage_figures_counts', sql`single_window >= 0 and single_window <= total`)
        .execute();
      await db.schema.createIndex('usage_figures_month_idx').on('usage_figures').column('month').execute();

      await db.schema
        .createTable('usage_revisions')
        .addColumn('id', 'integer', (col) =>
          dialect === 'postgres' ? col.generatedByDefaultAsIdentity().primaryKey() : col.autoIncrement().primaryKey(),
        )
        .addColumn('business', 'text', (col) => col.notNull())
        .addColumn('port_id', 'text', (col) => col.notNull())
        .addColumn('month', 'text', (col) => col.notNull())
        .addColumn('revision', 'integer', (col) => col.notNull())
        .addColumn('single_window', 'integer', (col) => col.notNull())
        .addColumn('total', 'integer', (col) => col.notNull())
        .addColumn('source', 'text')
        .addColumn('demo', 'integer', (col) => col.notNull())
        .addColumn('note', 'text')
        .addColumn('import_id', 'text')
        .addColumn('at', 'text', (col) => col.notNull())
        .addColumn('by', 'text', (col) => col.notNull())
        .addUniqueConstraint('usage_revisions_version', ['business', 'port_id', 'month', 'revision'])
        .execute();

      await db.schema
        .createTable('usage_imports')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('at', 'text', (col) => col.notNull())
        .addColumn('by', 'text', (col) => col.notNull())
        .addColumn('source', 'text', (col) => col.notNull())
        .addColumn('note', 'text')
        .addColumn('rows', 'integer', (col) => col.notNull())
        .addColumn('created', 'integer', (col) => col.notNull())
        .addColumn('corrected', 'integer', (col) => col.notNull())
        .addColumn('unchanged', 'integer', (col) => col.notNull())
        .execute();
      await db.schema.createIndex('usage_imports_at_idx').on('usage_imports').column('at').execute();

      await db.schema
        .createTable('usage_clearance_times')
        .addColumn('port_id', 'text', (col) => col.notNull())
        .addColumn('month', 'text', (col) => col.notNull())
        .addColumn('import_hours', 'double precision', (col) => col.notNull())
        .addColumn('export_hours', 'double precision', (col) => col.notNull())
        .addColumn('source', 'text')
        .addColumn('demo', 'integer', (col) => col.notNull())
        .addPrimaryKeyConstraint('usage_clearance_times_pk', ['port_id', 'month'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ['usage_clearance_times', 'usage_imports', 'usage_revisions', 'usage_figures']) {
        await db.schema.dropTable(table).execute();
      }
    },
  };
}
