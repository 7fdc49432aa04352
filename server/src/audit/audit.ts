import type { Kysely, Transaction } from 'kysely';
import type { AuditEntry, AuditQuery, Principal } from '@sw/contracts';
import type { Database } from '../db/schema.ts';

type Db = Kysely<Database> | Transaction<Database>;

export interface AuditRecord {
  at: string;
  actor: Principal;
  action: AuditEntry['action'];
  resource: AuditEntry['resource'];
  resourceId: string;
  before: unknown;
  after: unknown;
  requestId?: string | undefined;
  idempotencyKey?: string | undefined;
}

/** Writes an audit entry; call it inside the transaction of the write it describes. */
export async function recordAudit(db: Db, record: AuditRecord): Promise<void> {
  await db
    .insertInto('audit')
    .values({
      at: record.at,
      actor_id: record.actor.id,
      actor_role: record.actor.role,
      actor_organisation_id: record.actor.organisationId ?? null,
      action: record.action,
      resource: record.resource,
      resource_id: record.resourceId,
      before_json: record.before === null || record.before === undefined ? null : JSON.stringify(record.before),
      after_json: record.after === null || record.after === undefined ? null : JSON.stringify(record.after),
      request_id: record.requestId ?? null,
      idempotency_key: record.idempotencyKey ?? null,
    })
    .execute();
}

/** Newest first; `before` pages back by id. */
export async function listAudit(db: Db, query: AuditQuery): Promise<{ items: AuditEntry[]; nextBefore?: number }> {
  let select = db.selectFrom('audit').selectAll();
  if (query.resource) select = select.where('resource', '=', query.resource);
  if (query.resourceId) select = select.where('resource_id', '=', query.resourceId);
  if (query.actor) select = select.where('actor_id', '=', query.actor);
  if (query.before) select = select.where('id', '<', query.before);
  const rows = await select
    .orderBy('id', 'desc')
    .limit(query.limit + 1)
    .execute();
  const items = rows.slice(0, query.limit).map((row): AuditEntry => ({
    id: Number(row.id),
    at: row.at,
    actor: {
      id: row.actor_id,
      role: row.actor_role as AuditEntry['actor']['role'],
      ...(row.actor_organisation_id ? { organisationId: row.actor_organisation_id } : {}),
    },
    action: row.action as AuditEntry['action'],
    resource: row.resource as AuditEntry['resource'],
    resourceId: row.resource_id,
    before: row.before_json === null ? null : (JSON.parse(row.before_json) as unknown),
    after: row.after_json === null ? null : (JSON.parse(row.after_json) as unknown),
    ...(row.request_id ? { requestId: row.request_id } : {}),
    ...(row.idempotency_key ? { idempotencyKey: row.idempotency_key } : {}),
  }));
  const last = items.at(-1);
  return rows.length > query.limit && last ? { items, nextBefore: last.id } : { items };
}
