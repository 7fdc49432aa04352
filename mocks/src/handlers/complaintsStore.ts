import {
  aggregateComplaintStats,
  applyComplaintAction,
  checkAttachment,
  complaintContactMatches,
  complaintUnitsHandledBy,
  newComplaint,
  newTicketNumber,
  normaliseTicketNumber,
  selectComplaints,
  type Complaint,
  type ComplaintAction,
  type ComplaintAttachment,
  type ComplaintCreateRequest,
  type ComplaintListQuery,
  type ComplaintStaffMember,
  type ComplaintStaffRef,
  type ComplaintStats,
  type ComplaintTrackRequest,
  type Hotline,
  type Principal,
  type ApiErrorCode,
  describeAttachmentRefusal,
} from '@sw/contracts';
import { DEMO_COMPLAINT_FILES, demoComplaints } from '../data/complaints.ts';
import { HOTLINES } from '../data/hotlines.ts';
import { DEMO_USERS } from '../data/users.ts';
import type { FieldError } from './problem.ts';

interface StoredFile {
  attachment: ComplaintAttachment;
  content: Uint8Array;
  complaintId?: string;
}

/** A refused request, as the server would answer it. */
export type ComplaintRefusal =
  { kind: 'code'; code: ApiErrorCode; detail: string } | { kind: 'fields'; errors: FieldError[] };

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((value, i) => value === b[i]);

/** Object keys sorted, so the same body with another key order is the same request (as the server hashes it). */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const randomBytes = (length: number) => crypto.getRandomValues(new Uint8Array(length));

/**
 * The complaint intake in memory, for the msw handlers: the demo tickets and files, uploads,
 * idempotent creation, tracking and the staff workflow (the contracts' pure functions do the work,
 * so the mocks answer as the server does).
 */
export function createComplaintMockStore(options: { now?: () => Date } = {}) {
  const now = options.now ?? (() => new Date());
  let complaints = new Map<string, Complaint>();
  let files = new Map<string, StoredFile>();
  let idempotency = new Map<string, { body: string; response: Complaint }>();
  let staffSeen = new Map<string, ComplaintStaffMember>();

  const reset = () => {
    complaints = new Map(demoComplaints(now()).map((complaint) => [complaint.id, complaint]));
    files = new Map();
    for (const complaint of complaints.values()) {
      for (const attachment of complaint.attachments) {
        const demo = DEMO_COMPLAINT_FILES[attachment.id];
        if (demo) files.set(attachment.id, { attachment, content: demo.content, complaintId: complaint.id });
      }
    }
    idempotency = new Map();
    staffSeen = new Map(
      DEMO_USERS.filter((user) => user.role === 'regulator' || user.role === 'admin').map((user) => [
        user.id,
        {
          id: user.id,
          name: user.name,
          role: user.role as 'regulator' | 'admin',
          units: [...complaintUnitsHandledBy(user.role)],
        },
      ]),
    );
  };
  reset();

  return {
    reset,
    now,
    hotlines: (): Hotline[] => HOTLINES,

    /** `PUT /complaints/attachments/{id}`: stores a checked file once; the same file again is a replay. */
    putAttachment(
      id: string,
      name: string,
      content: Uint8Array,
    ): { created: boolean; attachment: ComplaintAttachment } | ComplaintRefusal {
      const checked = checkAttachment(name, content);
      if (typeof checked !== 'string')
        return { kind: 'code', code: checked.code, detail: describeAttachmentRefusal(checked, name) };
      const existing = files.get(id);
      if (existing) {
        if (existing.attachment.name === name && sameBytes(existing.content, content)) {
          return { created: false, attachment: existing.attachment };
        }
        return {
          kind: 'code',
          code: 'attachment.conflict',
          detail: `Attachment ${id} was already uploaded with other content.`,
        };
      }
      const attachment: ComplaintAttachment = { id, name, type: checked, size: content.length };
      files.set(id, { attachment, content });
      return { created: true, attachment };
    },

    /** `POST /complaints`: one ticket per idempotency key; the same key and body replay the receipt. */
    create(
      request: ComplaintCreateRequest,
      key: string | undefined,
    ): { replayed: boolean; complaint: Complaint } | ComplaintRefusal {
      const body = canonicalJson(request);
      const stored = key === undefined ? undefined : idempotency.get(key);
      if (stored) {
        if (stored.body !== body) {
          return {
            kind: 'code',
            code: 'idempotency.key_reused',
            detail: 'this Idempotency-Key was already used with a different request body',
          };
        }
        return { replayed: true, complaint: stored.response };
      }
      const errors: FieldError[] = [];
      const attachments = request.attachments.map((id, index) => {
        const file = files.get(id);
        if (!file)
          errors.push({
            path: `attachments.${index}`,
            message: `no uploaded attachment ${id}`,
            code: 'attachment.not_found',
          });
        else if (file.complaintId)
          errors.push({
            path: `attachments.${index}`,
            message: `attachment ${id} belongs to another ticket`,
            code: 'attachment.conflict',
          });
        return file?.attachment;
      });
      if (errors.length) return { kind: 'fields', errors };
      const submittedAt = now();
      const complaint = newComplaint(
        request,
        { id: crypto.randomUUID(), ticketNumber: newTicketNumber(submittedAt, randomBytes) },
        submittedAt.toISOString(),
        attachments.filter((a): a is ComplaintAttachment => a !== undefined),
      );
      complaints.set(complaint.id, complaint);
      for (const id of request.attachments) files.get(id)!.complaintId = complaint.id;
      if (key !== undefined) idempotency.set(key, { body, response: complaint });
      return { replayed: false, complaint };
    },

    track(request: ComplaintTrackRequest): Complaint | undefined {
      const number = normaliseTicketNumber(request.ticketNumber);
      const complaint = [...complaints.values()].find((c) => c.ticketNumber === number);
      return complaint && complaintContactMatches(complaint, request) ? complaint : undefined;
    },

    list(query: ComplaintListQuery, viewer: Principal) {
      return selectComplaints([...complaints.values()], query, {
        viewerId: viewer.id,
        units: complaintUnitsHandledBy(viewer.role),
        now: now(),
      });
    },

    get: (id: string) => complaints.get(id),

    file(complaintId: string, attachmentId: string): StoredFile | undefined {
      const file = files.get(attachmentId);
      return file?.complaintId === complaintId ? file : undefined;
    },

    act(complaint: Complaint, action: ComplaintAction, actor: ComplaintStaffRef): Complaint {
      const next = applyComplaintAction(complaint, action, actor, now().toISOString()).complaint;
      complaints.set(next.id, next);
      return next;
    },

    /** Staff who may be assigned tickets: the demo staff and anyone of a staff role seen since. */
    staff(): ComplaintStaffMember[] {
      return [...staffSeen.values()];
    },

    noteStaff(principal: Principal) {
      if (principal.role !== 'regulator' && principal.role !== 'admin') return;
      staffSeen.set(principal.id, {
        id: principal.id,
        name: principal.name,
        role: principal.role,
        units: [...complaintUnitsHandledBy(principal.role)],
      });
    },

    stats(months: string[], viewer: Principal): ComplaintStats {
      const units: readonly string[] = complaintUnitsHandledBy(viewer.role);
      return aggregateComplaintStats(
        [...complaints.values()].filter((c) => units.includes(c.unit)),
        months,
        now(),
      );
    },
  };
}

export type ComplaintMockStore = ReturnType<typeof createComplaintMockStore>;
