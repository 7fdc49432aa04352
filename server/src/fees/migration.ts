import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import type { DialectName } from '../db/migrations.ts';

const FEE_COLUMNS: Array<[name: string, type: 'text' | 'integer']> = [
  ['publicity_starts_on', 'text'],
  ['publicity_ends_on', 'text'],
  ['publicity_working_days', 'integer'],
  ['pending_json', 'text'],
  ['applies_to_json', 'text'],
];

/**
 * `0002_fee_history`: every item's history (listing, standard changes with their per cent, status
 * changes, objections and their decisions), and on `fees` the publicity period, a pending change
 * and the estimator's applicability. One column per ALTER, as SQLite requires.
 */
export function feeHistoryMigration(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('fee_history')
        .addColumn('seq', 'integer', (col) =>
          dialect === 'postgres' ? col.generatedByDefaultAsIdentity().primaryKey() : col.autoIncrement().primaryKey(),
        )
        .addColumn('id', 'text', (col) => col.notNull().unique())
        .addColumn('fee_id', 'text', (col) => col.notNull().references('fees.id'))
        .addColumn('kind', 'text', (col) => col.notNull())
        .addColumn('date', 'text', (col) => col.notNull())
        .addColumn('at', 'text', (col) => col.notNull())
        .addColumn('standard_before_json', 'text')
        .addColumn('standard_after_json', 'text')
        .addColumn('change_percent', 'double precision')
        .addColumn('status_before', 'text')
        .addColumn('status_after', 'text')
        .addColumn('note', 'text')
        .addColumn('objection_reference', 'text')
        .addColumn('fields_json', 'text')
        .addColumn('source', 'text')
        .addColumn('demo', 'integer', (col) => col.notNull())
        .addColumn('actor_id', 'text', (col) => col.notNull())
        .execute();
      await db.schema.createIndex('fee_history_fee_idx').on('fee_history').columns(['fee_id', 'seq']).execute();
      await db.schema.createIndex('fee_history_kind_date_idx').on('fee_history').columns(['kind', 'date']).execute();
      for (const [name, type] of FEE_COLUMNS) {
        await db.schema.alterTable('fees').addColumn(name, type).execute();
      }
      await db.schema.createIndex('fees_status_idx').on('fees').column('status').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropIndex('fees_status_idx').execute();
      for (const [name] of [...FEE_COLUMNS].reverse()) await db.schema.alterTable('fees').dropColumn(name).execute();
      await db.schema.dropTable('fee_history').execute();
    },
  };
}
