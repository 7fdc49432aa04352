import type { Selectable } from 'kysely';
import {
  compareUsageItems,
  matchesUsageQuery,
  planUsageImport,
  usageFigureKey,
  usageModeOf,
  type Port,
  type PortId,
  type UsageBusiness,
  type UsageClearanceQuery,
  type UsageClearanceTime,
  type UsageFigure,
  type UsageFigureQuery,
  type UsageImportRequest,
  type UsageImportResult,
  type UsageImportSummary,
  type UsageMode,
  type UsageRevision,
  type UsageRevisionsQuery,
} from '@sw/contracts';
import type { UsageDb, UsageTables } from './tables.ts';

type FigureRow = Selectable<UsageTables['usage_figures']>;
type RevisionRow = Selectable<UsageTables['usage_revisions']>;

export function rowToFigure(row: FigureRow): UsageFigure {
  return {
    business: row.business as UsageBusiness,
    port: row.port_id as PortId,
    month: row.month,
    singleWindow: Number(row.single_window),
    total: Number(row.total),
    revision: Number(row.revision),
    ...(row.source ? { source: row.source } : {}),
    demo: Boolean(Number(row.demo)),
  };
}

function rowToRevision(row: RevisionRow): UsageRevision {
  return {
    revision: Number(row.revision),
    singleWindow: Number(row.single_window),
    total: Number(row.total),
    ...(row.source ? { source: row.source } : {}),
    demo: Boolean(Number(row.demo)),
    ...(row.note ? { note: row.note } : {}),
    ...(row.import_id ? { importId: row.import_id } : {}),
    at: row.at,
  };
}

/** Each port's drill-down group (sea, air, land), from the ports table. */
export async function loadPortModes(db: UsageDb): Promise<(port: PortId) => UsageMode> {
  const rows = await db.selectFrom('ports').select(['id', 'mode']).execute();
  const modes = new Map(rows.map((row) => [row.id, usageModeOf(row.mode as Port['mode'])]));
  return (port) => modes.get(port) ?? 'land';
}

/** Figures matching the filters, in the API's order (business, port as listed, month). */
export async function listFigures(db: UsageDb, query: UsageFigureQuery): Promise<UsageFigure[]> {
  let select = db.selectFrom('usage_figures').selectAll();
  if (query.business) select = select.where('business', 'in', query.business);
  if (query.port) select = select.where('port_id', 'in', query.port);
  if (query.from) select = select.where('month', '>=', query.from);
  if (query.to) select = select.where('month', '<=', query.to);
  const rows = await select.execute();
  const modeOf = query.mode ? await loadPortModes(db) : () => 'land' as const;
  return rows
    .map(rowToFigure)
    .filter((figure) => !query.mode || matchesUsageQuery(figure, { mode: query.mode }, modeOf))
    .sort(compareUsageItems);
}

export async function listClearanceTimes(db: UsageDb, query: UsageClearanceQuery): Promise<UsageClearanceTime[]> {
  let select = db.selectFrom('usage_clearance_times').selectAll();
  if (query.port) select = select.where('port_id', 'in', query.port);
  if (query.from) select = select.where('month', '>=', query.from);
  if (query.to) select = select.where('month', '<=', query.to);
  const rows = await select.execute();
  const modeOf = query.mode ? await loadPortModes(db) : () => 'land' as const;
  return rows
    .map((row): UsageClearanceTime => ({
      port: row.port_id as PortId,
      month: row.month,
      importHours: Number(row.import_hours),
      exportHours: Number(row.export_hours),
      ...(row.source ? { source: row.source } : {}),
      demo: Boolean(Number(row.demo)),
    }))
    .filter((item) => !query.mode || matchesUsageQuery(item, { mode: query.mode }, modeOf))
    .sort(compareUsageItems);
}

/** A figure's versions, newest first (empty when it does not exist). */
export async function listRevisions(db: UsageDb, key: UsageRevisionsQuery): Promise<UsageRevision[]> {
  const rows = await db
    .selectFrom('usage_revisions')
    .selectAll()
    .where('business', '=', key.business)
    .where('port_id', '=', key.port)
    .where('month', '=', key.month)
    .orderBy('revision', 'desc')
    .execute();
  return rows.map(rowToRevision);
}

export async function listImports(db: UsageDb, limit = 100): Promise<UsageImportSummary[]> {
  const rows = await db
    .selectFrom('usage_imports')
    .selectAll()
    .orderBy('at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    by: row.by,
    source: row.source,
    ...(row.note ? { note: row.note } : {}),
    rows: Number(row.rows),
    created: Number(row.created),
    corrected: Number(row.corrected),
    unchanged: Number(row.unchanged),
  }));
}

/** What the upload would do to each figure, read from the stored figures of its months. */
export async function planImport(
  db: UsageDb,
  request: UsageImportRequest,
): Promise<Omit<UsageImportResult, 'id' | 'at'>> {
  const months = [...new Set(request.rows.map((row) => row.month))];
  const stored = await db.selectFrom('usage_figures').selectAll().where('month', 'in', months).execute();
  const current = new Map(stored.map((row) => [usageFigureKey(rowToFigure(row)), rowToFigure(row)]));
  return planUsageImport(request, (row) => current.get(usageFigureKey(row)));
}

/**
 * Writes an upload inside the caller's transaction: new figures, and for corrections a new
 * revision (the history keeps every version); unchanged rows write nothing.
 */
export async function applyImport(
  db: UsageDb,
  request: UsageImportRequest,
  stamp: { id: string; at: string; by: string },
): Promise<UsageImportResult> {
  const plan = await planImport(db, request);
  for (const row of plan.rows) {
    if (row.change === 'unchanged') continue;
    const revision = (row.previous?.revision ?? 0) + 1;
    const values = {
      single_window: row.singleWindow,
      total: row.total,
      revision,
      source: request.source,
      demo: 0,
      updated_at: stamp.at,
    };
    if (row.change === 'new') {
      await db
        .insertInto('usage_figures')
        .values({ business: row.business, port_id: row.port, month: row.month, ...values })
        .execute();
    } else {
      await db
        .updateTable('usage_figures')
        .set(values)
        .where('business', '=', row.business)
        .where('port_id', '=', row.port)
        .where('month', '=', row.month)
        .execute();
    }
    await db
      .insertInto('usage_revisions')
      .values({
        business: row.business,
        port_id: row.port,
        month: row.month,
        revision,
        single_window: row.singleWindow,
        total: row.total,
        source: request.source,
        demo: 0,
        note: request.note ?? null,
        import_id: stamp.id,
        at: stamp.at,
        by: stamp.by,
      })
      .execute();
  }
  await db
    .insertInto('usage_imports')
    .values({
      ...stamp,
      source: request.source,
      note: request.note ?? null,
      rows: plan.rows.length,
      created: plan.created,
      corrected: plan.corrected,
      unchanged: plan.unchanged,
    })
    .execute();
  return { id: stamp.id, at: stamp.at, ...plan };
}
