import type { Kysely, Transaction } from 'kysely';
import type { FeeItem, Organisation, Port } from '@sw/contracts';
import type { Database } from '../db/schema.ts';
import { feeToRow, rowToFee, rowToOrganisation, rowToPort, type WriteStamp } from './rows.ts';

type Db = Kysely<Database> | Transaction<Database>;

export async function loadOrganisations(db: Db): Promise<Organisation[]> {
  const rows = await db.selectFrom('organisations').selectAll().orderBy('position').execute();
  return rows.map(rowToOrganisation);
}

export async function loadPorts(db: Db): Promise<Port[]> {
  const rows = await db.selectFrom('ports').selectAll().orderBy('position').execute();
  return rows.map(rowToPort);
}

/** The whole catalogue in catalogue order. */
export async function loadFees(db: Db): Promise<FeeItem[]> {
  const [rows, portRows, organisations] = await Promise.all([
    db.selectFrom('fees').selectAll().orderBy('position').execute(),
    db.selectFrom('fee_ports').select(['fee_id', 'port_id']).orderBy('fee_id').orderBy('position').execute(),
    loadOrganisations(db),
  ]);
  const ports = new Map<string, string[]>();
  for (const row of portRows) {
    const list = ports.get(row.fee_id);
    if (list) list.push(row.port_id);
    else ports.set(row.fee_id, [row.port_id]);
  }
  const bodies = new Map(organisations.map((o) => [o.id, o]));
  return rows.map((row) => rowToFee(row, ports.get(row.id) ?? [], bodies.get(row.charging_body_id)!));
}

export async function loadFee(db: Db, id: string): Promise<FeeItem | undefined> {
  const row = await db.selectFrom('fees').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const [ports, body] = await Promise.all([
    db.selectFrom('fee_ports').select('port_id').where('fee_id', '=', id).orderBy('position').execute(),
    db.selectFrom('organisations').selectAll().where('id', '=', row.charging_body_id).executeTakeFirstOrThrow(),
  ]);
  return rowToFee(
    row,
    ports.map((p) => p.port_id),
    rowToOrganisation(body),
  );
}

export async function nextFeePosition(db: Db): Promise<number> {
  const row = await db
    .selectFrom('fees')
    .select((eb) => eb.fn.max('position').as('max'))
    .executeTakeFirst();
  return row?.max === null || row?.max === undefined ? 0 : Number(row.max) + 1;
}

export async function insertFees(
  db: Db,
  items: readonly FeeItem[],
  firstPosition: number,
  stamp: WriteStamp,
): Promise<void> {
  // Chunked so a large seed stays under the databases' bound-parameter limits.
  const CHUNK = 25;
  for (let start = 0; start < items.length; start += CHUNK) {
    const chunk = items.slice(start, start + CHUNK);
    await db
      .insertInto('fees')
      .values(chunk.map((item, i) => feeToRow(item, firstPosition + start + i, stamp)))
      .execute();
    const ports = chunk.flatMap((item) =>
      item.ports.map((port, position) => ({ fee_id: item.id, port_id: port, position })),
    );
    if (ports.length) await db.insertInto('fee_ports').values(ports).execute();
  }
}

/** Rewrites an item's columns and ports, keeping its position and creation stamp. */
export async function updateFeeRow(db: Db, item: FeeItem, stamp: WriteStamp): Promise<void> {
  const {
    id: _id,
    position: _position,
    created_at: _at,
    created_by: _by,
    version: _v,
    ...columns
  } = feeToRow(item, 0, stamp);
  await db
    .updateTable('fees')
    .set((eb) => ({ ...columns, version: eb('version', '+', 1) }))
    .where('id', '=', item.id)
    .execute();
  await db.deleteFrom('fee_ports').where('fee_id', '=', item.id).execute();
  await db
    .insertInto('fee_ports')
    .values(item.ports.map((port, position) => ({ fee_id: item.id, port_id: port, position })))
    .execute();
}
