import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import type { DialectName } from '../db/migrations.ts';

/** `0004_service_times`: terminals, every version of their published standards, monthly actuals. */
export function serviceTimesMigration(_dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('service_terminals')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('position', 'integer', (col) => col.notNull())
        .addColumn('short_name', 'text', (col) => col.notNull())
        .addColumn('organisation_id', 'text', (col) => col.notNull().references('organisations.id'))
        .addColumn('port_id', 'text', (col) => col.notNull().references('ports.id'))
        .addColumn('name_zh_cn', 'text', (col) => col.notNull())
        .addColumn('name_zh_hk', 'text', (col) => col.notNull())
        .addColumn('name_en', 'text', (col) => col.notNull())
        .addColumn('address_zh_cn', 'text', (col) => col.notNull())
        .addColumn('address_zh_hk', 'text', (col) => col.notNull())
        .addColumn('address_en', 'text', (col) => col.notNull())
        .addColumn('phone', 'text', (col) => col.notNull())
        .addColumn('email', 'text')
        .addColumn('website', 'text')
        .addColumn('hours_zh_cn', 'text', (col) => col.notNull())
        .addColumn('hours_zh_hk', 'text', (col) => col.notNull())
        .addColumn('hours_en', 'text', (col) => col.notNull())
        .addColumn('demo', 'integer', (col) => col.notNull())
        .addColumn('source', 'text')
        .execute();

      await db.schema
        .createTable('service_standards')
        .addColumn('terminal_id', 'text', (col) => col.notNull().references('service_terminals.id'))
        .addColumn('operation', 'text', (col) => col.notNull())
        .addColumn('version', 'integer', (col) => col.notNull())
        .addColumn('process_zh_cn', 'text', (col) => col.notNull())
        .addColumn('process_zh_hk', 'text', (col) => col.notNull())
        .addColumn('process_en', 'text', (col) => col.notNull())
        .addColumn('limit_value', 'double precision', (col) => col.notNull())
        .addColumn('limit_unit', 'text', (col) => col.notNull())
        .addColumn('clock_start', 'text', (col) => col.notNull())
        .addColumn('commitment_percent', 'double precision', (col) => col.notNull())
        .addColumn('conditions_zh_cn', 'text', (col) => col.notNull())
        .addColumn('conditions_zh_hk', 'text', (col) => col.notNull())
        .addColumn('conditions_en', 'text', (col) => col.notNull())
        .addColumn('force_majeure_zh_cn', 'text', (col) => col.notNull())
        .addColumn('force_majeure_zh_hk', 'text', (col) => col.notNull())
        .addColumn('force_majeure_en', 'text', (col) => col.notNull())
        .addColumn('effective_from', 'text', (col) => col.notNull())
        .addColumn('published_at', 'text', (col) => col.notNull())
        .addColumn('published_by', 'text', (col) => col.notNull())
        .addColumn('change_note_zh_cn', 'text')
        .addColumn('change_note_zh_hk', 'text')
        .addColumn('change_note_en', 'text')
        .addColumn('demo', 'integer', (col) => col.notNull())
        .addColumn('source', 'text')
        // Two publishers racing for the same next version: one of them fails here instead of both landing.
        .addPrimaryKeyConstraint('service_standards_pk', ['terminal_id', 'operation', 'version'])
        .execute();

      await db.schema
        .createTable('service_actuals')
        .addColumn('terminal_id', 'text', (col) => col.notNull().references('service_terminals.id'))
        .addColumn('operation', 'text', (col) => col.notNull())
        .addColumn('month', 'text', (col) => col.notNull())
        .addColumn('handled', 'integer', (col) => col.notNull())
        .addColumn('within_limit_percent', 'double precision', (col) => col.notNull())
        .addColumn('demo', 'integer', (col) => col.notNull())
        .addColumn('updated_at', 'text', (col) => col.notNull())
        .addColumn('updated_by', 'text', (col) => col.notNull())
        .addPrimaryKeyConstraint('service_actuals_pk', ['terminal_id', 'operation', 'month'])
        .execute();
      await db.schema.createIndex('service_actuals_month_idx').on('service_actuals').column('month').execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ['service_actuals', 'service_standards', 'service_terminals']) {
        await db.schema.dropTable(table).execute();
      }
    },
  };
}
