import {
  clearanceAgencySchema,
  clearanceDraftSchema,
  clearanceProcedureSchema,
  draftReviewSchema,
  procedureVersionSchema,
  stepContentSchema,
  type ClearanceAgency,
  type ClearanceDraft,
  type ClearanceProcedure,
  type ProcedureVersion,
} from '@sw/contracts';
import type { ClearanceDb, ClearanceTables } from './tables.ts';

type DraftRow = ClearanceTables['clearance_drafts'];

export async function loadAgencies(db: ClearanceDb): Promise<ClearanceAgency[]> {
  const rows = await db.selectFrom('clearance_agencies').select('body').orderBy('position').execute();
  return rows.map((row) => clearanceAgencySchema.parse(JSON.parse(row.body)));
}

export async function loadAgency(db: ClearanceDb, id: string): Promise<ClearanceAgency | undefined> {
  const row = await db.selectFrom('clearance_agencies').select('body').where('id', '=', id).executeTakeFirst();
  return row && clearanceAgencySchema.parse(JSON.parse(row.body));
}

/** The agencies an operator's organisation acts for. */
export async function agencyIdsOf(db: ClearanceDb, organisationId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('clearance_agencies')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .execute();
  return rows.map((row) => row.id);
}

/** Every procedure at its public version, in the guide's order. */
export async function loadCurrentProcedures(db: ClearanceDb): Promise<ClearanceProcedure[]> {
  const rows = await db
    .selectFrom('clearance_procedures as p')
    .innerJoin('clearance_versions as v', (join) =>
      join.onRef('v.procedure_id', '=', 'p.id').onRef('v.version', '=', 'p.version'),
    )
    .select('v.body')
    .orderBy('p.position')
    .execute();
  return rows.map((row) => clearanceProcedureSchema.parse(JSON.parse(row.body)));
}

export async function loadProcedure(
  db: ClearanceDb,
  id: string,
  version?: number,
): Promise<ClearanceProcedure | undefined> {
  let query = db.selectFrom('clearance_versions as v').select('v.body').where('v.procedure_id', '=', id);
  if (version === undefined) {
    query = query.innerJoin('clearance_procedures as p', (join) =>
      join.onRef('p.id', '=', 'v.procedure_id').onRef('p.version', '=', 'v.version'),
    );
  } else query = query.where('v.version', '=', version);
  const row = await query.executeTakeFirst();
  return row && clearanceProcedureSchema.parse(JSON.parse(row.body));
}

export async function procedureExists(db: ClearanceDb, id: string): Promise<boolean> {
  return (
    (await db.selectFrom('clearance_procedures').select('id').where('id', '=', id).executeTakeFirst()) !== undefined
  );
}

/** The history of a procedure, newest first. */
export async function loadVersions(db: ClearanceDb, id: string): Promise<ProcedureVersion[]> {
  const rows = await db
    .selectFrom('clearance_versions')
    .select('entry')
    .where('procedure_id', '=', id)
    .orderBy('version', 'desc')
    .execute();
  return rows.map((row) => procedureVersionSchema.parse(JSON.parse(row.entry)));
}

/** Stores a new published version and makes it the public one. */
export async function insertVersion(
  db: ClearanceDb,
  procedure: ClearanceProcedure,
  entry: ProcedureVersion,
  draftId: string | null,
): Promise<void> {
  await db
    .insertInto('clearance_versions')
    .values({
      procedure_id: procedure.id,
      version: procedure.version,
      published_at: procedure.publishedAt,
      entry: JSON.stringify(entry),
      body: JSON.stringify(procedure),
      draft_id: draftId,
    })
    .execute();
  await db
    .updateTable('clearance_procedures')
    .set({ version: procedure.version, published_at: procedure.publishedAt })
    .where('id', '=', procedure.id)
    .execute();
}

export function rowToDraft(row: DraftRow): ClearanceDraft {
  return clearanceDraftSchema.parse({
    id: row.id,
    procedureId: row.procedure_id,
    stepId: row.step_id,
    agencyId: row.agency_id,
    baseVersion: Number(row.base_version),
    status: row.status,
    content: stepContentSchema.parse(JSON.parse(row.content)),
    note: row.note,
    author: { id: row.author_id, name: row.author_name },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    ...(row.submitted_at ? { submittedAt: row.submitted_at } : {}),
    reviews: draftReviewSchema.array().parse(JSON.parse(row.reviews)),
    ...(row.published_version !== null ? { publishedVersion: Number(row.published_version) } : {}),
  });
}

export function draftToRow(draft: ClearanceDraft): DraftRow {
  return {
    id: draft.id,
    procedure_id: draft.procedureId,
    step_id: draft.stepId,
    agency_id: draft.agencyId,
    status: draft.status,
    base_version: draft.baseVersion,
    content: JSON.stringify(draft.content),
    note: draft.note,
    author_id: draft.author.id,
    author_name: draft.author.name,
    created_at: draft.createdAt,
    updated_at: draft.updatedAt,
    submitted_at: draft.submittedAt ?? null,
    reviews: JSON.stringify(draft.reviews),
    published_version: draft.publishedVersion ?? null,
  };
}

export async function loadDraft(db: ClearanceDb, id: string): Promise<ClearanceDraft | undefined> {
  const row = await db.selectFrom('clearance_drafts').selectAll().where('id', '=', id).executeTakeFirst();
  return row && rowToDraft(row);
}

export async function saveDraft(db: ClearanceDb, draft: ClearanceDraft): Promise<void> {
  const { id, ...rest } = draftToRow(draft);
  await db.updateTable('clearance_drafts').set(rest).where('id', '=', id).execute();
}

/** Newest change first; `agencyIds` limits the list to those agencies' proposals. */
export async function listDrafts(
  db: ClearanceDb,
  filter: { status?: string | undefined; agencyIds?: string[] | undefined },
): Promise<ClearanceDraft[]> {
  let query = db.selectFrom('clearance_drafts').selectAll();
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.agencyIds) {
    if (!filter.agencyIds.length) return [];
    query = query.where('agency_id', 'in', filter.agencyIds);
  }
  const rows = await query.orderBy('updated_at', 'desc').orderBy('id', 'desc').execute();
  return rows.map(rowToDraft);
}
