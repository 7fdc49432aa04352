import { z } from 'zod';
import type { FieldError } from '../api/fees.ts';
import type { Complaint } from './records.ts';
import {
  complaintCategorySchema,
  complaintStatusSchema,
  complaintTypeSchema,
  complaintUnitSchema,
} from './taxonomy.ts';
import { complaintNextDue } from './workflow.ts';

export const COMPLAINT_SORT_KEYS = ['due', 'submittedAt'] as const;
export const COMPLAINT_LIST_MAX_LIMIT = 200;

/**
 * The triage queue's filters (`GET /api/complaints`), also kept in the page URL. None of them
 * carries personal data: the search covers the ticket number, the description and the related item.
 * `assignee`: `me`, `unassigned` or a staff id. Default order: most urgent deadline first.
 */
export const complaintListQuerySchema = z.object({
  status: z.array(complaintStatusSchema).optional(),
  category: z.array(complaintCategorySchema).optional(),
  unit: z.array(complaintUnitSchema).optional(),
  type: z.array(complaintTypeSchema).optional(),
  assignee: z.string().min(1).max(100).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  q: z.string().trim().min(1).max(100).optional(),
  sort: z.enum(COMPLAINT_SORT_KEYS).optional(),
  order: z.enum(['asc', 'desc']).optional(),
  limit: z.coerce.number().int().min(1).max(COMPLAINT_LIST_MAX_LIMIT).optional(),
  offset: z.coerce.number().int().min(0).optional(),
});
export type ComplaintListQuery = z.infer<typeof complaintListQuerySchema>;

const LIST_KEYS = ['status', 'category', 'unit', 'type'] as const;
const SCALAR_KEYS = ['assignee', 'overdue', 'q', 'sort', 'order', 'limit', 'offset'] as const;
export const COMPLAINT_DEFAULT_LIMIT = 50;

export type ComplaintListParamsResult = { ok: true; query: ComplaintListQuery } | { ok: false; errors: FieldError[] };

/** Reads the queue's query string as the API does (lists comma-separated or repeated); server and mocks share it. */
export function parseComplaintListParams(params: URLSearchParams): ComplaintListParamsResult {
  const raw: Record<string, unknown> = {};
  for (const key of LIST_KEYS) {
    const values = params
      .getAll(key)
      .flatMap((value) => value.split(','))
      .filter(Boolean);
    if (values.length) raw[key] = values;
  }
  for (const key of SCALAR_KEYS) {
    const value = params.get(key);
    if (value) raw[key] = value;
  }
  const parsed = complaintListQuerySchema.safeParse(raw);
  if (parsed.success) return { ok: true, query: parsed.data };
  const byPath = new Map<string, FieldError>();
  for (const issue of parsed.error.issues) {
    const path = String(issue.path[0] ?? '');
    if (!byPath.has(path)) byPath.set(path, { path, message: issue.message, code: issue.code });
  }
  return { ok: false, errors: [...byPath.values()] };
}

/** The query as a query string (the page keeps its filters in the URL with it). */
export function complaintListQueryToSearchParams(query: ComplaintListQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of LIST_KEYS) if (query[key]?.length) params.set(key, query[key].join(','));
  for (const key of SCALAR_KEYS) if (query[key] !== undefined) params.set(key, String(query[key]));
  return params;
}

/** Lower-cased text the queue's search looks in (the server stores it beside each ticket). */
export function complaintSearchText(
  complaint: Pick<Complaint, 'ticketNumber' | 'description' | 'relatedItem'>,
): string {
  return [complaint.ticketNumber, complaint.description, complaint.relatedItem?.label ?? ''].join('\n').toLowerCase();
}

/**
 * The queue in memory (the mocks; the server does the same in SQL): scope, filters, order, page.
 * `viewer` is who asks (for `assignee=me`), `units` what they may see.
 */
export function selectComplaints(
  complaints: readonly Complaint[],
  query: ComplaintListQuery,
  context: { viewerId: string; units: readonly string[]; now: Date },
): { items: Complaint[]; total: number } {
  const now = context.now.toISOString();
  const needle = query.q?.toLowerCase();
  const matching = complaints.filter((c) => {
    if (!context.units.includes(c.unit)) return false;
    if (query.status && !query.status.includes(c.status)) return false;
    if (query.category && !query.category.includes(c.category)) return false;
    if (query.unit && !query.unit.includes(c.unit)) return false;
    if (query.type && !query.type.includes(c.type)) return false;
    if (query.assignee === 'unassigned' && c.assignee) return false;
    if (query.assignee === 'me' && c.assignee?.id !== context.viewerId) return false;
    if (query.assignee && !['me', 'unassigned'].includes(query.assignee) && c.assignee?.id !== query.assignee)
      return false;
    if (query.overdue !== undefined) {
      const due = complaintNextDue(c);
      const overdue = due !== undefined && due < now;
      if ((query.overdue === 'true') !== overdue) return false;
    }
    if (needle && !complaintSearchText(c).includes(needle)) return false;
    return true;
  });
  const direction = query.order === 'desc' ? -1 : 1;
  const sorted = [...matching].sort((a, b) => {
    if ((query.sort ?? 'due') === 'due') {
      // Tickets with a running clock first, soonest due first; then the rest, newest first.
      const [da, db] = [complaintNextDue(a), complaintNextDue(b)];
      if (da !== db) {
        if (da === undefined) return 1;
        if (db === undefined) return -1;
        return (da < db ? -1 : 1) * direction;
      }
      return a.submittedAt === b.submittedAt ? compareIds(a.id, b.id) : a.submittedAt < b.submittedAt ? 1 : -1;
    }
    if (a.submittedAt !== b.submittedAt) return (a.submittedAt < b.submittedAt ? -1 : 1) * direction;
    return compareIds(a.id, b.id);
  });
  const offset = query.offset ?? 0;
  const limit = query.limit ?? COMPLAINT_DEFAULT_LIMIT;
  return { items: sorted.slice(offset, offset + limit), total: matching.length };
}

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const anyOf = (values: readonly string[]) => `Comma-separated (or repeated), any of: ${values.join(', ')}.`;

/** `GET /api/complaints` query parameters as documented (read by `parseComplaintListParams`). */
export const complaintListQueryParamsSchema = z.object({
  status: z
    .string()
    .optional()
    .meta({ description: anyOf(complaintStatusSchema.options) }),
  category: z
    .string()
    .optional()
    .meta({ description: anyOf(complaintCategorySchema.options) }),
  unit: z
    .string()
    .optional()
    .meta({ description: anyOf(complaintUnitSchema.options) }),
  type: z
    .string()
    .optional()
    .meta({ description: anyOf(complaintTypeSchema.options) }),
  assignee: z.string().optional().meta({ description: '`me`, `unassigned` or a staff id.' }),
  overdue: z
    .enum(['true', 'false'])
    .optional()
    .meta({ description: 'Only tickets past (or not past) a running deadline.' }),
  q: z.string().optional().meta({
    description:
      'Search in the ticket number, description and related item (no personal data), at most 100 characters.',
  }),
  sort: z
    .enum(COMPLAINT_SORT_KEYS)
    .optional()
    .meta({ description: '`due` (default): the earliest running deadline first; `submittedAt`.' }),
  order: z.enum(['asc', 'desc']).optional(),
  limit: z
    .string()
    .optional()
    .meta({ description: `1–${COMPLAINT_LIST_MAX_LIMIT}, default ${COMPLAINT_DEFAULT_LIMIT}.` }),
  offset: z.string().optional(),
});
