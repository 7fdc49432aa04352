import type { Generated } from 'kysely';

/**
 * The tables. Portable between SQLite and PostgreSQL: texts, integers (booleans as 0/1), doubles;
 * timestamps as ISO 8601 text; JSON (audit snapshots, stored responses) as text. A localized text
 * is one column per locale (`name_zh_cn`, `name_zh_hk`, `name_en`), so the contract's
 * `LocalizedText` maps to three NOT NULL columns.
 */
export interface Database {
  meta: MetaTable;
  organisations: OrganisationsTable;
  ports: PortsTable;
  fees: FeesTable;
  fee_ports: FeePortsTable;
  users: UsersTable;
  objections: ObjectionsTable;
  audit: AuditTable;
  idempotency: IdempotencyTable;
}

export interface MetaTable {
  key: string;
  value: string;
}

export interface OrganisationsTable {
  id: string;
  position: number;
  kind: string;
  name_zh_cn: string;
  name_zh_hk: string;
  name_en: string;
}

export interface PortsTable {
  id: string;
  position: number;
  mode: string;
  name_zh_cn: string;
  name_zh_hk: string;
  name_en: string;
}

export interface FeesTable {
  id: string;
  /** Catalogue order (the order of the list without `sort`); new items go last. */
  position: number;
  code: string;
  charging_body_id: string;
  category: string;
  unit: string;
  pricing_type: string;
  status: string;
  effective_from: string;
  name_zh_cn: string;
  name_zh_hk: string;
  name_en: string;
  service_zh_cn: string;
  service_zh_hk: string;
  service_en: string;
  payment_zh_cn: string;
  payment_zh_hk: string;
  payment_en: string;
  legal_basis_zh_cn: string;
  legal_basis_zh_hk: string;
  legal_basis_en: string;
  legal_basis_url: string | null;
  /** 'fixed' (amount) or 'formula' (formula texts, optional indicative amount in standard_amount). */
  standard_kind: string;
  standard_amount: number | null;
  formula_zh_cn: string | null;
  formula_zh_hk: string | null;
  formula_en: string | null;
  currency: string;
  source: string | null;
  demo: number;
  version: number;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}

export interface FeePortsTable {
  fee_id: string;
  port_id: string;
  position: number;
}

export interface UsersTable {
  id: string;
  name: string;
  role: string;
  organisation_id: string | null;
  created_at: string;
}

export interface ObjectionsTable {
  id: string;
  reference: string;
  fee_id: string;
  status: string;
  reason: string;
  name: string | null;
  organisation: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  locale: string;
  submitted_by: string;
  submitted_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
  resolution: string | null;
}

export interface AuditTable {
  id: Generated<number>;
  at: string;
  actor_id: string;
  actor_role: string;
  actor_organisation_id: string | null;
  action: string;
  resource: string;
  resource_id: string;
  before_json: string | null;
  after_json: string | null;
  request_id: string | null;
  idempotency_key: string | null;
}

export interface IdempotencyTable {
  /** Who and what: principal id, method and path. */
  scope: string;
  key: string;
  request_hash: string;
  status: number;
  body: string;
  created_at: string;
}
