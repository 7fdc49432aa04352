import { sql, type Selectable } from 'kysely';
import {
  COMPLAINT_DEFAULT_LIMIT,
  complaintEventSchema,
  complaintNextDue,
  complaintSchema,
  complaintSearchText,
  toComplaintSummary,
  type Complaint,
  type ComplaintAttachment,
  type ComplaintEvent,
  type ComplaintListQuery,
  type ComplaintSummary,
  type ComplaintUnit,
} from '@sw/contracts';
import type { ComplaintDb, ComplaintTables, ComplaintTx } from './tables.ts';

type Db = ComplaintDb | ComplaintTx;
type ComplaintRow = Selectable<ComplaintTables['complaints']>;

/** The columns of a ticket (its history and files are rows of their own). */
export function complaintToRow(
  complaint: Complaint,
  meta: { submittedBy: string; privacyNoticeVersion: string; updatedAt: string },
): ComplaintRow {
  return {
    id: complaint.id,
    ticket_number: complaint.ticketNumber,
    type: complaint.type,
    category: complaint.category,
    related_kind: complaint.relatedItem?.kind ?? null,
    related_id: complaint.relatedItem?.id ?? null,
    related_label: complaint.relatedItem?.label ?? null,
    description: complaint.description,
    contact_name: complaint.contact.name,
    contact_phone: complaint.contact.phone ?? null,
    contact_email: complaint.contact.email ?? null,
    preferred_locale: complaint.preferredLocale,
    privacy_notice_version: meta.privacyNoticeVersion,
    submitted_by: meta.submittedBy,
    submitted_at: complaint.submittedAt,
    ...stateColumns(complaint),
    search_text: complaintSearchText(complaint),
    demo: complaint.demo ? 1 : 0,
    updated_at: meta.updatedAt,
  };
}

/** What a staff step changes. */
function stateColumns(complaint: Complaint) {
  return {
    unit: complaint.unit,
    status: complaint.status,
    ack_due_at: complaint.sla.acknowledgeBy,
    reply_due_at: complaint.sla.replyBy,
    acknowledged_at: complaint.sla.acknowledgedAt ?? null,
    replied_at: complaint.sla.repliedAt ?? null,
    next_due_at: complaintNextDue(complaint) ?? null,
    assignee_id: complaint.assignee?.id ?? null,
    assignee_name: complaint.assignee?.name ?? null,
    resolution_outcome: complaint.resolution?.outcome ?? null,
    resolution_text: complaint.resolution?.text ?? null,
    closed_at: complaint.resolution?.at ?? null,
  };
}

/** A row back to the contract's ticket; `history` and `attachments` are loaded beside it. */
function rowToComplaint(row: ComplaintRow, history: ComplaintEvent[], attachments: ComplaintAttachment[]): Complaint {
  return {
    id: row.id,
    ticketNumber: row.ticket_number,
    type: row.type as Complaint['type'],
    category: row.category as Complaint['category'],
    unit: row.unit as Complaint['unit'],
    status: row.status as Complaint['status'],
    ...(row.related_kind && row.related_label
      ? {
          relatedItem: {
            kind: row.related_kind,
            ...(row.related_id ? { id: row.related_id } : {}),
            label: row.related_label,
          },
        }
      : {}),
    description: row.description,
    contact: {
      name: row.contact_name,
      ...(row.contact_phone ? { phone: row.contact_phone } : {}),
      ...(row.contact_email ? { email: row.contact_email } : {}),
    },
    preferredLocale: row.preferred_locale as Complaint['preferredLocale'],
    attachments,
    submittedAt: row.submitted_at,
    sla: {
      acknowledgeBy: row.ack_due_at,
      replyBy: row.reply_due_at,
      ...(row.acknowledged_at ? { acknowledgedAt: row.acknowledged_at } : {}),
      ...(row.replied_at ? { repliedAt: row.replied_at } : {}),
    },
    ...(row.assignee_id ? { assignee: { id: row.assignee_id, name: row.assignee_name ?? row.assignee_id } } : {}),
    ...(row.resolution_outcome && row.closed_at
      ? { resolution: { outcome: row.resolution_outcome as never, text: row.resolution_text ?? '', at: row.closed_at } }
      : {}),
    history,
    demo: row.demo === 1,
  };
}

/** Writes a new ticket, its first events and claims its files, inside the caller's transaction. */
export async function insertComplaint(
  trx: Db,
  complaint: Complaint,
  meta: { submittedBy: string; privacyNoticeVersion: string },
): Promise<void> {
  await trx
    .insertInto('complaints')
    .values(complaintToRow(complaint, { ...meta, updatedAt: complaint.submittedAt }))
    .execute();
  await insertEvents(trx, complaint.id, 0, complaint.history);
  for (const [position, attachment] of complaint.attachments.entries()) {
    await trx
      .updateTable('complaint_attachments')
      .set({ complaint_id: complaint.id, position })
      .where('id', '=', attachment.id)
      .execute();
  }
}

async function insertEvents(trx: Db, complaintId: string, from: number, events: readonly ComplaintEvent[]) {
  if (!events.length) return;
  await trx
    .insertInto('complaint_events')
    .values(
      events.map((event, i) => ({
        complaint_id: complaintId,
        seq: from + i,
        at: event.at,
        kind: event.kind,
        body: JSON.stringify(event),
      })),
    )
    .execute();
}

/** Saves a staff step: the changed columns and the events it added. */
export async function saveComplaintStep(
  trx: Db,
  before: Complaint,
  after: Complaint,
  added: readonly ComplaintEvent[],
  at: string,
) {
  await trx
    .updateTable('complaints')
    .set({ ...stateColumns(after), updated_at: at })
    .where('id', '=', after.id)
    .execute();
  await insertEvents(trx, after.id, before.history.length, added);
}

/** One ticket with its history and files, checked against the contract; undefined when there is none. */
export async function loadComplaint(
  db: Db,
  where: { id: string } | { ticketNumber: string },
): Promise<Complaint | undefined> {
  let select = db.selectFrom('complaints').selectAll();
  select = 'id' in where ? select.where('id', '=', where.id) : select.where('ticket_number', '=', where.ticketNumber);
  const row = await select.executeTakeFirst();
  if (!row) return undefined;
  const [events, files] = await Promise.all([
    db.selectFrom('complaint_events').select('body').where('complaint_id', '=', row.id).orderBy('seq').execute(),
    db
      .selectFrom('complaint_attachments')
      .select(['id', 'name', 'type', 'size'])
      .where('complaint_id', '=', row.id)
      .orderBy('position')
      .execute(),
  ]);
  const history = events.map((event) => complaintEventSchema.parse(JSON.parse(event.body)));
  const attachments = files.map((file) => ({ ...file, size: Number(file.size) })) as ComplaintAttachment[];
  return complaintSchema.parse(rowToComplaint(row, history, attachments));
}

/** `%` and `_` match themselves in the queue's search. */
const likePattern = (needle: string) => `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The triage queue in SQL, with the same filters and order as `selectComplaints` in the contracts
 * (the mocks' version; the contract suite compares them).
 */
export async function listComplaints(
  db: Db,
  query: ComplaintListQuery,
  context: { viewerId: string; units: readonly ComplaintUnit[]; now: Date },
): Promise<{ items: ComplaintSummary[]; total: number }> {
  const now = context.now.toISOString();
  let select = db.selectFrom('complaints').where('unit', 'in', [...context.units]);
  if (query.status) select = select.where('status', 'in', query.status);
  if (query.category) select = select.where('category', 'in', query.category);
  if (query.unit) select = select.where('unit', 'in', query.unit);
  if (query.type) select = select.where('type', 'in', query.type);
  if (query.assignee === 'unassigned') select = select.where('assignee_id', 'is', null);
  else if (query.assignee === 'me') select = select.where('assignee_id', '=', context.viewerId);
  else if (query.assignee) select = select.where('assignee_id', '=', query.assignee);
  if (query.overdue === 'true') select = select.where('next_due_at', 'is not', null).where('next_due_at', '<', now);
  if (query.overdue === 'false')
    select = select.where((eb) => eb.or([eb('next_due_at', 'is', null), eb('next_due_at', '>=', now)]));
  if (query.q) select = select.where(sql<boolean>`search_text like ${likePattern(query.q.toLowerCase())} escape '\\'`);

  const { total } = await select.select((eb) => eb.fn.countAll().as('total')).executeTakeFirstOrThrow();
  const direction = query.order === 'desc' ? 'desc' : 'asc';
  let ordered = select.selectAll('complaints').select((eb) =>
    eb
      .selectFrom('complaint_attachments')
      .select((inner) => inner.fn.countAll().as('n'))
      .whereRef('complaint_attachments.complaint_id', '=', 'complaints.id')
      .as('attachment_count'),
  );
  if ((query.sort ?? 'due') === 'due') {
    ordered = ordered
      .orderBy(sql`case when next_due_at is null then 1 else 0 end`)
      .orderBy('next_due_at', direction)
      .orderBy('submitted_at', 'desc')
      .orderBy('id');
  } else {
    ordered = ordered.orderBy('submitted_at', direction).orderBy('id');
  }
  const rows = await ordered
    .limit(query.limit ?? COMPLAINT_DEFAULT_LIMIT)
    .offset(query.offset ?? 0)
    .execute();
  return {
    total: Number(total),
    items: rows.map(({ attachment_count, ...row }) => ({
      ...toComplaintSummary(rowToComplaint(row, [], [])),
      attachmentCount: Number(attachment_count ?? 0),
    })),
  };
}

/** The few columns monthly statistics need, for tickets received from `since` (ISO) on in the units. */
export async function complaintsForStats(db: Db, units: readonly ComplaintUnit[], since: string, until: string) {
  const rows = await db
    .selectFrom('complaints')
    .select([
      'submitted_at',
      'category',
      'unit',
      'status',
      'ack_due_at',
      'reply_due_at',
      'acknowledged_at',
      'replied_at',
    ])
    .where('unit', 'in', [...units])
    .where('submitted_at', '>=', since)
    .where('submitted_at', '<', until)
    .execute();
  return rows.map((row) => ({
    submittedAt: row.submitted_at,
    category: row.category as Complaint['category'],
    unit: row.unit as Complaint['unit'],
    status: row.status as Complaint['status'],
    sla: {
      acknowledgeBy: row.ack_due_at,
      replyBy: row.reply_due_at,
      ...(row.acknowledged_at ? { acknowledgedAt: row.acknowledged_at } : {}),
      ...(row.replied_at ? { repliedAt: row.replied_at } : {}),
    },
  }));
}
