import { randomUUID } from 'node:crypto';
import type { Insertable, Selectable } from 'kysely';
import {
  feeHistoryEntrySchema,
  type FeeHistoryEntry,
  type FeeItem,
  type FeeReductionList,
  type HistoryDraft,
} from '@sw/contracts';
import type { FeeDb, FeeHistoryTable } from './tables.ts';

export function historyToRow(entry: FeeHistoryEntry, actorId: string): Insertable<FeeHistoryTable> {
  return {
    id: entry.id,
    fee_id: entry.feeId,
    kind: entry.kind,
    date: entry.date,
    at: entry.at,
    standard_before_json: entry.standardBefore ? JSON.stringify(entry.standardBefore) : null,
    standard_after_json: entry.standardAfter ? JSON.stringify(entry.standardAfter) : null,
    change_percent: entry.changePercent ?? null,
    status_before: entry.statusBefore ?? null,
    status_after: entry.statusAfter ?? null,
    note: entry.note ?? null,
    objection_reference: entry.objectionReference ?? null,
    fields_json: entry.fields ? JSON.stringify(entry.fields) : null,
    source: entry.source ?? null,
    demo: entry.demo ? 1 : 0,
    actor_id: actorId,
  };
}

export function rowToHistory(row: Selectable<FeeHistoryTable>): FeeHistoryEntry {
  const json = (text: string | null) => (text === null ? undefined : (JSON.parse(text) as unknown));
  const entry = {
    id: row.id,
    feeId: row.fee_id,
    kind: row.kind,
    date: row.date,
    at: row.at,
    standardBefore: json(row.standard_before_json),
    standardAfter: json(row.standard_after_json),
    changePercent: row.change_percent === null ? undefined : Number(row.change_percent),
    statusBefore: row.status_before ?? undefined,
    statusAfter: row.status_after ?? undefined,
    note: row.note ?? undefined,
    objectionReference: row.objection_reference ?? undefined,
    fields: json(row.fields_json),
    source: row.source ?? undefined,
    demo: Number(row.demo) === 1,
  };
  return feeHistoryEntrySchema.parse(
    Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined)),
  );
}

/** Records what a transition produced, in the transaction of the write. */
export async function insertHistory(
  db: FeeDb,
  item: FeeItem,
  drafts: readonly HistoryDraft[],
  stamp: { at: string; actorId: string },
): Promise<void> {
  if (!drafts.length) return;
  await db
    .insertInto('fee_history')
    .values(
      drafts.map((draft) =>
        historyToRow({ id: randomUUID(), feeId: item.id, at: stamp.at, ...draft, demo: item.demo }, stamp.actorId),
      ),
    )
    .execute();
}

/** Seeds entries as given (ids included), in chunks that stay under bound-parameter limits. */
export async function insertHistoryEntries(db: FeeDb, entries: readonly FeeHistoryEntry[], actorId: string) {
  for (let start = 0; start < entries.length; start += 40) {
    const chunk = entries.slice(start, start + 40);
    if (chunk.length)
      await db
        .insertInto('fee_history')
        .values(chunk.map((e) => historyToRow(e, actorId)))
        .execute();
  }
}

/** An item's history, oldest first. */
export async function loadHistory(db: FeeDb, feeId: string): Promise<FeeHistoryEntry[]> {
  const rows = await db.selectFrom('fee_history').selectAll().where('fee_id', '=', feeId).orderBy('seq').execute();
  return rows.map(rowToHistory);
}

/** Every cut and abolition from `since`, newest first, with its item as the catalogue has it now. */
export async function loadReductions(
  db: FeeDb,
  since: string,
  itemOf: (id: string) => FeeItem | undefined,
): Promise<FeeReductionList> {
  const rows = await db
    .selectFrom('fee_history')
    .selectAll()
    .where('date', '>=', since)
    .where((eb) =>
      eb.or([
        eb.and([eb('kind', '=', 'standard-changed'), eb('change_percent', '<', 0)]),
        eb.and([eb('kind', '=', 'status-changed'), eb('status_after', '=', 'abolished')]),
      ]),
    )
    .orderBy('date', 'desc')
    .orderBy('fee_id')
    .orderBy('seq')
    .execute();
  const items: FeeReductionList['items'] = [];
  for (const row of rows) {
    const fee = itemOf(row.fee_id);
    if (!fee) continue;
    const { id, code, name, chargingBody, category, unit, ports, status } = fee;
    items.push({ fee: { id, code, name, chargingBody, category, unit, ports, status }, entry: rowToHistory(row) });
  }
  return { since, items };
}
