import type { Kysely } from 'kysely';
import type { Migration, MigrationProvider } from 'kysely/migration';
import { clearanceMigration } from '../clearance/migration.ts';
import { feeHistoryMigration } from '../fees/migration.ts';
import { usageMigration } from '../usage/migration.ts';
import { serviceTimesMigration } from '../serviceTimes/migration.ts';
import { complaintsMigration } from '../complaints/migration.ts';

export type DialectName = 'sqlite' | 'postgres';

/**
 * Versioned migrations, applied in name order by Kysely's Migrator and recorded in
 * `kysely_migration`. Never edit one that has shipped: add the next number. Written with the
 * schema builder only, so the same migrations run on SQLite and PostgreSQL.
 */
export function createMigrations(dialect: DialectName): Record<string, Migration> {
  return {
    '0001_initial': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('meta')
          .addColumn('key', 'text', (col) => col.primaryKey())
          .addColumn('value', 'text', (col) => col.notNull())
          .execute();

        await db.schema
          .createTable('organisations')
          .addColumn('id', 'text', (col) => col.primaryKey())
          .addColumn('position', 'integer', (col) => col.notNull())
          .addColumn('kind', 'text', (col) => col.notNull())
          .addColumn('name_zh_cn', 'text', (col) => col.notNull())
          .addColumn('name_zh_hk', 'text', (col) => col.notNull())
          .addColumn('name_en', 'text', (col) => col.notNull())
          .execute();

        await db.schema
          .createTable('ports')
          .addColumn('id', 'text', (col) => col.primaryKey())
          .addColumn('position', 'integer', (col) => col.notNull())
          .addColumn('mode', 'text', (col) => col.notNull())
          .addColumn('name_zh_cn', 'text', (col) => col.notNull())
          .addColumn('name_zh_hk', 'text', (col) => col.notNull())
          .addColumn('name_en', 'text', (col) => col.notNull())
          .execute();

        await db.schema
          .createTable('fees')
          .addColumn('id', 'text', (col) => col.primaryKey())
          .addColumn('position', 'integer', (col) => col.notNull().unique())
          .addColumn('code', 'text', (col) => col.notNull().unique())
          .addColumn('charging_body_id', 'text', (col) => col.notNull().references('organisations.id'))
          .addColumn('category', 'text', (col) => col.notNull())
          .addColumn('unit', 'text', (col) => col.notNull())
          .addColumn('pricing_type', 'text', (col) => col.notNull())
          .addColumn('status', 'text', (col) => col.notNull())
          .addColumn('effective_from', 'text', (col) => col.notNull())
          .addColumn('name_zh_cn', 'text', (col) => col.notNull())
          .addColumn('name_zh_hk', 'text', (col) => col.notNull())
          .addColumn('name_en', 'text', (col) => col.notNull())
          .addColumn('service_zh_cn', 'text', (col) => col.notNull())
          .addColumn('service_zh_hk', 'text', (col) => col.notNull())
          .addColumn('service_en', 'text', (col) => col.notNull())
          .addColumn('payment_zh_cn', 'text', (col) => col.notNull())
          .addColumn('payment_zh_hk', 'text', (col) => col.notNull())
          .addColumn('payment_en', 'text', (col) => col.notNull())
          .addColumn('legal_basis_zh_cn', 'text', (col) => col.notNull())
          .addColumn('legal_basis_zh_hk', 'text', (col) => col.notNull())
          .addColumn('legal_basis_en', 'text', (col) => col.notNull())
          .addColumn('legal_basis_url', 'text')
          .addColumn('standard_kind', 'text', (col) => col.notNull())
          .addColumn('standard_amount', 'double precision')
          .addColumn('formula_zh_cn', 'text')
          .addColumn('formula_zh_hk', 'text')
          .addColumn('formula_en', 'text')
          .addColumn('currency', 'text', (col) => col.notNull())
          .addColumn('source', 'text')
          .addColumn('demo', 'integer', (col) => col.notNull())
          .addColumn('version', 'integer', (col) => col.notNull())
          .addColumn('created_at', 'text', (col) => col.notNull())
          .addColumn('created_by', 'text', (col) => col.notNull())
          .addColumn('updated_at', 'text', (col) => col.notNull())
          .addColumn('updated_by', 'text', (col) => col.notNull())
          .execute();
        await db.schema.createIndex('fees_charging_body_idx').on('fees').column('charging_body_id').execute();

        await db.schema
          .createTable('fee_ports')
          .addColumn('fee_id', 'text', (col) => col.notNull().references('fees.id').onDelete('cascade'))
          .addColumn('port_id', 'text', (col) => col.notNull().references('ports.id'))
          .addColumn('position', 'integer', (col) => col.notNull())
          .addPrimaryKeyConstraint('fee_ports_pk', ['fee_id', 'port_id'])
          .execute();

        await db.schema
          .createTable('users')
          .addColumn('id', 'text', (col) => col.primaryKey())
          .addColumn('name', 'text', (col) => col.notNull())
          .addColumn('role', 'text', (col) => col.notNull())
          .addColumn('organisation_id', 'text', (col) => col.references('organisations.id'))
          .addColumn('created_at', 'text', (col) => col.notNull())
          .execute();

        await db.schema
          .createTable('objections')
          .addColumn('id', 'text', (col) => col.primaryKey())
          .addColumn('reference', 'text', (col) => col.notNull().unique())
          .addColumn('fee_id', 'text', (col) => col.notNull().references('fees.id'))
          .addColumn('status', 'text', (col) => col.notNull())
          .addColumn('reason', 'text', (col) => col.notNull())
          .addColumn('name', 'text')
          .addColumn('organisation', 'text')
          .addColumn('contact_email', 'text')
          .addColumn('contact_phone', 'text')
          .addColumn('locale', 'text', (col) => col.notNull())
          .addColumn('submitted_by', 'text', (col) => col.notNull())
          .addColumn('submitted_at', 'text', (col) => col.notNull())
          .addColumn('resolved_at', 'text')
          .addColumn('resolved_by', 'text')
          .addColumn('resolution', 'text')
          .execute();
        await db.schema.createIndex('objections_fee_idx').on('objections').columns(['fee_id', 'status']).execute();

        await db.schema
          .createTable('audit')
          .addColumn('id', 'integer', (col) =>
            dialect === 'postgres' ? col.generatedByDefaultAsIdentity().primaryKey() : col.autoIncrement().primaryKey(),
          )
          .addColumn('at', 'text', (col) => col.notNull())
          .addColumn('actor_id', 'text', (col) => col.notNull())
          .addColumn('actor_role', 'text', (col) => col.notNull())
          .addColumn('actor_organisation_id', 'text')
          .addColumn('action', 'text', (col) => col.notNull())
          .addColumn('resource', 'text', (col) => col.notNull())
          .addColumn('resource_id', 'text', (col) => col.notNull())
          .addColumn('before_json', 'text')
          .addColumn('after_json', 'text')
          .addColumn('request_id', 'text')
          .addColumn('idempotency_key', 'text')
          .execute();
        await db.schema.createIndex('audit_resource_idx').on('audit').columns(['resource', 'resource_id']).execute();

        await db.schema
          .createTable('idempotency')
          .addColumn('scope', 'text', (col) => col.notNull())
          .addColumn('key', 'text', (col) => col.notNull())
          .addColumn('request_hash', 'text', (col) => col.notNull())
          .addColumn('status', 'integer', (col) => col.notNull())
          .addColumn('body', 'text', (col) => col.notNull())
          .addColumn('created_at', 'text', (col) => col.notNull())
          .addPrimaryKeyConstraint('idempotency_pk', ['scope', 'key'])
          .execute();
        await db.schema.createIndex('idempotency_created_idx').on('idempotency').column('created_at').execute();
      },
      async down(db: Kysely<unknown>) {
        for (const table of [
          'idempotency',
          'audit',
          'objections',
          'users',
          'fee_ports',
          'fees',
          'ports',
          'organisations',
          'meta',
        ]) {
          await db.schema.dropTable(table).execute();
        }
      },
    },
    '0002_fee_history': feeHistoryMigration(dialect),
    '0003_clearance': clearanceMigration,
    '0004_service_times': serviceTimesMigration(dialect),
    '0005_complaints': complaintsMigration(dialect),
    '0006_usage': usageMigration(dialect),
  };
}

export function migrationProvider(dialect: DialectName): MigrationProvider {
  return { getMigrations: async () => createMigrations(dialect) };
}
