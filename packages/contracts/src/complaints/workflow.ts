import type { ComplaintAttachment } from './attachments.ts';
import { maskEmail, maskName, maskPhone } from './masking.ts';
import {
  COMPLAINT_PUBLIC_EVENT_KINDS,
  type Complaint,
  type ComplaintEvent,
  type ComplaintReceipt,
  type ComplaintStaffRef,
  type ComplaintSummary,
  type ComplaintTracking,
} from './records.ts';
import type { ComplaintCreateRequest } from './requests.ts';
import { complaintDeadlines } from './sla.ts';
import { COMPLAINT_UNIT_FOR_CATEGORY, type ComplaintOutcome, type ComplaintUnit } from './taxonomy.ts';

/** What staff can do to a ticket. */
export type ComplaintAction =
  | { kind: 'assign'; assignee: ComplaintStaffRef }
  | { kind: 'reroute'; unit: ComplaintUnit; note?: string | undefined }
  | { kind: 'reply'; message: string }
  | { kind: 'close'; outcome: ComplaintOutcome; resolution: string };

/** A refused step, with the problem code the API answers. */
export class ComplaintWorkflowError extends Error {
  constructor(
    readonly code: 'complaint.closed' | 'complaint.same_unit',
    message: string,
  ) {
    super(message);
  }
}

/** A new ticket from a validated request: routed by category, deadlines set, its history begun. */
export function newComplaint(
  request: ComplaintCreateRequest,
  ids: { id: string; ticketNumber: string },
  submittedAt: string,
  attachments: ComplaintAttachment[],
): Complaint {
  return {
    id: ids.id,
    ticketNumber: ids.ticketNumber,
    type: request.type,
    category: request.category,
    unit: COMPLAINT_UNIT_FOR_CATEGORY[request.category],
    status: 'received',
    ...(request.relatedItem ? { relatedItem: request.relatedItem } : {}),
    description: request.description,
    contact: request.contact,
    preferredLocale: request.preferredLocale,
    attachments,
    submittedAt,
    sla: complaintDeadlines(request.category, submittedAt),
    history: [{ at: submittedAt, kind: 'received' }],
    demo: false,
  };
}

/**
 * One staff step on a ticket, as a pure function both the server and the mocks apply: returns the
 * ticket after it and the events it added. The first assignment, reply or closing acknowledges the
 * ticket (stops its first clock); the first reply or the closing resolution stops the second.
 */
export function applyComplaintAction(
  complaint: Complaint,
  action: ComplaintAction,
  actor: ComplaintStaffRef,
  at: string,
): { complaint: Complaint; added: ComplaintEvent[] } {
  if (complaint.status === 'closed') {
    throw new ComplaintWorkflowError('complaint.closed', `${complaint.ticketNumber} is closed.`);
  }
  const added: ComplaintEvent[] = [];
  const next: Complaint = { ...complaint, sla: { ...complaint.sla } };
  const acknowledge = () => {
    if (next.sla.acknowledgedAt) return;
    next.sla.acknowledgedAt = at;
    added.push({ at, kind: 'acknowledged', actor });
    if (next.status === 'received') next.status = 'in-progress';
  };
  switch (action.kind) {
    case 'assign':
      acknowledge();
      next.assignee = action.assignee;
      added.push({ at, kind: 'assigned', actor, assignee: action.assignee });
      break;
    case 'reroute': {
      if (action.unit === complaint.unit) {
        throw new ComplaintWorkflowError(
          'complaint.same_unit',
          `${complaint.ticketNumber} is already with ${action.unit}.`,
        );
      }
      // The new unit picks its own case officer.
      delete next.assignee;
      next.unit = action.unit;
      added.push({
        at,
        kind: 'rerouted',
        actor,
        fromUnit: complaint.unit,
        unit: action.unit,
        ...(action.note ? { message: action.note } : {}),
      });
      break;
    }
    case 'reply':
      acknowledge();
      next.sla.repliedAt ??= at;
      next.status = 'replied';
      added.push({ at, kind: 'replied', actor, message: action.message });
      break;
    case 'close':
      acknowledge();
      next.sla.repliedAt ??= at;
      next.status = 'closed';
      next.resolution = { outcome: action.outcome, text: action.resolution, at };
      added.push({ at, kind: 'closed', actor, outcome: action.outcome, message: action.resolution });
      break;
  }
  next.history = [...complaint.history, ...added];
  return { complaint: next, added };
}

const EXCERPT_LENGTH = 120;

/** The queue's view: contact masked, description cut to a line or two. */
export function toComplaintSummary(complaint: Complaint): ComplaintSummary {
  const { contact } = complaint;
  const chars = [...complaint.description];
  return {
    id: complaint.id,
    ticketNumber: complaint.ticketNumber,
    type: complaint.type,
    category: complaint.category,
    unit: complaint.unit,
    status: complaint.status,
    ...(complaint.relatedItem ? { relatedItem: complaint.relatedItem } : {}),
    excerpt: chars.length > EXCERPT_LENGTH ? `${chars.slice(0, EXCERPT_LENGTH).join('')}…` : complaint.description,
    contact: {
      name: maskName(contact.name),
      ...(contact.phone ? { phone: maskPhone(contact.phone) } : {}),
      ...(contact.email ? { email: maskEmail(contact.email) } : {}),
    },
    attachmentCount: complaint.attachments.length,
    submittedAt: complaint.submittedAt,
    sla: complaint.sla,
    ...(complaint.assignee ? { assignee: complaint.assignee } : {}),
    ...(complaint.resolution ? { closedAt: complaint.resolution.at } : {}),
    demo: complaint.demo,
  };
}

const PUBLIC_KINDS: ReadonlySet<string> = new Set(COMPLAINT_PUBLIC_EVENT_KINDS);

/** The submitter's view: what happened and the replies; no staff names, no internal reasons. */
export function toComplaintTracking(complaint: Complaint): ComplaintTracking {
  return {
    ticketNumber: complaint.ticketNumber,
    type: complaint.type,
    category: complaint.category,
    unit: complaint.unit,
    status: complaint.status,
    ...(complaint.relatedItem ? { relatedItem: complaint.relatedItem } : {}),
    description: complaint.description,
    attachments: complaint.attachments.map(({ name, type, size }) => ({ name, type, size })),
    submittedAt: complaint.submittedAt,
    sla: complaint.sla,
    history: complaint.history
      .filter((event) => PUBLIC_KINDS.has(event.kind))
      .map((event) => ({
        at: event.at,
        kind: event.kind as ComplaintTracking['history'][number]['kind'],
        ...(event.kind === 'replied' || event.kind === 'closed' ? { message: event.message ?? '' } : {}),
        ...(event.unit ? { unit: event.unit } : {}),
        ...(event.outcome ? { outcome: event.outcome } : {}),
      })),
  };
}

/** The receipt for a new ticket. */
export function toComplaintReceipt(complaint: Complaint): ComplaintReceipt {
  const { phone, email } = complaint.contact;
  return {
    ticketNumber: complaint.ticketNumber,
    submittedAt: complaint.submittedAt,
    type: complaint.type,
    category: complaint.category,
    unit: complaint.unit,
    preferredLocale: complaint.preferredLocale,
    sla: { acknowledgeBy: complaint.sla.acknowledgeBy, replyBy: complaint.sla.replyBy },
    attachments: complaint.attachments,
    trackWith: { ...(phone ? { phone: maskPhone(phone) } : {}), ...(email ? { email: maskEmail(email) } : {}) },
  };
}

/**
 * The earliest deadline still running (undefined once both clocks stopped or the ticket is closed):
 * what "most urgent first" sorts by, and past it the ticket is overdue.
 */
export function complaintNextDue(complaint: Pick<Complaint, 'status' | 'sla'>): string | undefined {
  if (complaint.status === 'closed') return undefined;
  if (!complaint.sla.acknowledgedAt) return complaint.sla.acknowledgeBy;
  if (!complaint.sla.repliedAt) return complaint.sla.replyBy;
  return undefined;
}

/** Does the ticket's tracking contact match what the person typed? E-mail ignores case. */
export function complaintContactMatches(
  complaint: Pick<Complaint, 'contact'>,
  given: { phone?: string | undefined; email?: string | undefined },
): boolean {
  if (given.phone !== undefined) return complaint.contact.phone === given.phone;
  if (given.email !== undefined) return complaint.contact.email?.toLowerCase() === given.email.toLowerCase();
  return false;
}

/** For audit snapshots: the ticket with its contact masked (the audit trail says who changed what, not who complained). */
export function complaintForAudit(complaint: Complaint): Complaint {
  const { contact } = complaint;
  return {
    ...complaint,
    contact: {
      name: maskName(contact.name),
      ...(contact.phone ? { phone: maskPhone(contact.phone) } : {}),
      ...(contact.email ? { email: maskEmail(contact.email) } : {}),
    },
  };
}
