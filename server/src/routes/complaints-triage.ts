import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import {
  ComplaintWorkflowError,
  applyComplaintAction,
  complaintAssignRequestSchema,
  complaintAttachmentHeaders,
  complaintCloseRequestSchema,
  complaintForAudit,
  complaintListQueryParamsSchema,
  complaintListResponseSchema,
  complaintReplyRequestSchema,
  complaintRerouteRequestSchema,
  complaintSchema,
  complaintStaffListResponseSchema,
  complaintStatsMonths,
  complaintStatsQuerySchema,
  complaintStatsSchema,
  complaintUnitsHandledBy,
  aggregateComplaintStats,
  parseComplaintListParams,
  type Complaint,
  type ComplaintAction,
} from '@sw/contracts';
import type { Context } from 'hono';
import { recordAudit } from '../audit/audit.ts';
import { authorize } from '../auth/policy.ts';
import { assertHandlesUnit } from '../complaints/access.ts';
import { attachmentContent } from '../complaints/attachments.ts';
import { complaintsForStats, listComplaints, loadComplaint, saveComplaintStep } from '../complaints/repository.ts';
import { listComplaintStaff, noteComplaintStaff } from '../complaints/staff.ts';
import { complaintDb, type ComplaintDb } from '../complaints/tables.ts';
import { principalOf, requestIdOf, type AppEnv, type ServiceHolder } from '../context.ts';
import { ProblemError, validationError } from '../http/problem.ts';
import { BEARER, COMMON_PROBLEMS, WRITE_PROBLEMS, problemResponses, signedIn } from './common.ts';

const complaintParams = z.object({
  id: z
    .string()
    .min(1)
    .openapi({ param: { name: 'id', in: 'path' } }),
});
const attachmentParams = complaintParams.extend({
  attachmentId: z
    .string()
    .min(1)
    .openapi({ param: { name: 'attachmentId', in: 'path' } }),
});

const STAFF_PROBLEMS = ['auth.required', 'auth.invalid_token', 'auth.forbidden'] as const;

const listRoute = (holder: ServiceHolder) =>
  createRoute({
    method: 'get',
    path: '/api/complaints',
    tags: ['Hotline staff'],
    summary: 'The triage queue (regulator: market regulation’s tickets; admin: all)',
    description: 'Personal data masked. Default order: the earliest running deadline first, then tickets with none.',
    security: BEARER,
    middleware: [signedIn(holder, 'complaint', 'list')] as const,
    request: { query: complaintListQueryParamsSchema },
    responses: {
      200: {
        description: 'One page and the total',
        content: { 'application/json': { schema: complaintListResponseSchema } },
      },
      ...problemResponses('validation.failed', ...STAFF_PROBLEMS, ...COMMON_PROBLEMS),
    },
  });

const statsRoute = (holder: ServiceHolder) =>
  createRoute({
    method: 'get',
    path: '/api/complaints/stats',
    tags: ['Hotline staff'],
    summary: 'Monthly statistics by category and unit',
    description: 'Tickets counted in the Shenzhen month they arrived; default the last 12 months; at most 36.',
    security: BEARER,
    middleware: [signedIn(holder, 'complaint', 'list')] as const,
    request: { query: complaintStatsQuerySchema },
    responses: {
      200: {
        description: 'Rows per month, category and unit',
        content: { 'application/json': { schema: complaintStatsSchema } },
      },
      ...problemResponses('validation.failed', ...STAFF_PROBLEMS, ...COMMON_PROBLEMS),
    },
  });

const staffRoute = (holder: ServiceHolder) =>
  createRoute({
    method: 'get',
    path: '/api/complaints/staff',
    tags: ['Hotline staff'],
    summary: 'Staff who can be assigned tickets, with their units',
    security: BEARER,
    middleware: [signedIn(holder, 'complaint', 'list')] as const,
    responses: {
      200: { description: 'Staff', content: { 'application/json': { schema: complaintStaffListResponseSchema } } },
      ...problemResponses(...STAFF_PROBLEMS, ...COMMON_PROBLEMS),
    },
  });

const getRoute = (holder: ServiceHolder) =>
  createRoute({
    method: 'get',
    path: '/api/complaints/{id}',
    tags: ['Hotline staff'],
    summary: 'One ticket in full, personal data included (staff of its unit)',
    security: BEARER,
    middleware: [signedIn(holder, 'complaint', 'read')] as const,
    request: { params: complaintParams },
    responses: {
      200: { description: 'The ticket', content: { 'application/json': { schema: complaintSchema } } },
      ...problemResponses(...STAFF_PROBLEMS, 'complaint.not_found', ...COMMON_PROBLEMS),
    },
  });

const fileRoute = (holder: ServiceHolder) =>
  createRoute({
    method: 'get',
    path: '/api/complaints/{id}/attachments/{attachmentId}',
    tags: ['Hotline staff'],
    summary: 'A file of a ticket, as a download (staff of its unit)',
    description:
      'Sent with Content-Disposition: attachment, nosniff and a sandbox policy: never rendered in the portal’s origin.',
    security: BEARER,
    middleware: [signedIn(holder, 'complaint', 'read')] as const,
    request: { params: attachmentParams },
    responses: {
      200: {
        description: 'The file',
        content: Object.fromEntries(
          ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'application/pdf'].map((type) => [
            type,
            { schema: z.string().openapi({ format: 'binary' }) },
          ]),
        ),
      },
      ...problemResponses(...STAFF_PROBLEMS, 'complaint.not_found', 'attachment.not_found', ...COMMON_PROBLEMS),
    },
  });

const actionRoute = <S extends z.ZodType>(holder: ServiceHolder, path: string, summary: string, schema: S) =>
  createRoute({
    method: 'post',
    path: `/api/complaints/{id}/${path}`,
    tags: ['Hotline staff'],
    summary,
    security: BEARER,
    middleware: [signedIn(holder, 'complaint', 'update')] as const,
    request: {
      params: complaintParams,
      body: { required: true, content: { 'application/json': { schema } } },
    },
    responses: {
      200: { description: 'The ticket after the step', content: { 'application/json': { schema: complaintSchema } } },
      ...problemResponses(
        ...WRITE_PROBLEMS,
        ...STAFF_PROBLEMS,
        'complaint.not_found',
        'complaint.closed',
        'complaint.same_unit',
        ...COMMON_PROBLEMS,
      ),
    },
  });

const notFound = (id: string) => new ProblemError('complaint.not_found', `No ticket with id "${id}".`);

/** Month boundaries as instants: the first day of a month at 00:00 in Shenzhen. */
const monthStart = (month: string) => new Date(`${month}-01T00:00:00+08:00`).toISOString();
function monthAfter(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/** The staff side: the queue, statistics, one ticket, its files, and the workflow steps. */
export function registerComplaintTriageRoutes(app: OpenAPIHono<AppEnv>, holder: ServiceHolder): void {
  // Documented with its query parameters, but read by `parseComplaintListParams` (shared with the mocks):
  // lists may be comma-separated or repeated, and each bad value gets its own error.
  const list = listRoute(holder);
  app.openAPIRegistry.registerPath(list);
  const { request: _query, ...listUnvalidated } = list;
  app.openapi({ ...listUnvalidated, hide: true }, async (c) => {
    const services = holder.get();
    const principal = await principalOf(c, services);
    authorize(principal, 'list', { type: 'complaint' });
    const parsed = parseComplaintListParams(new URL(c.req.url).searchParams);
    if (!parsed.ok) throw validationError(parsed.errors);
    const db = complaintDb(services.db);
    await noteComplaintStaff(db, principal, services.now().toISOString());
    const result = await listComplaints(db, parsed.query, {
      viewerId: principal.id,
      units: complaintUnitsHandledBy(principal.role),
      now: services.now(),
    });
    return c.json(result, 200);
  });

  app.openapi(statsRoute(holder), async (c) => {
    const services = holder.get();
    const principal = await principalOf(c, services);
    authorize(principal, 'list', { type: 'complaint' });
    const now = services.now();
    const months = complaintStatsMonths(c.req.valid('query'), now);
    if (!Array.isArray(months)) throw validationError([{ path: 'from', message: months.error }]);
    const units = complaintUnitsHandledBy(principal.role);
    const rows = await complaintsForStats(
      complaintDb(services.db),
      units,
      monthStart(months[0]!),
      monthStart(monthAfter(months.at(-1)!)),
    );
    return c.json(aggregateComplaintStats(rows, months, now), 200);
  });

  app.openapi(staffRoute(holder), async (c) => {
    const services = holder.get();
    const principal = await principalOf(c, services);
    authorize(principal, 'list', { type: 'complaint' });
    const db = complaintDb(services.db);
    await noteComplaintStaff(db, principal, services.now().toISOString());
    return c.json({ items: await listComplaintStaff(db) }, 200);
  });

  app.openapi(getRoute(holder), async (c) => {
    const services = holder.get();
    const principal = await principalOf(c, services);
    authorize(principal, 'read', { type: 'complaint' });
    const { id } = c.req.valid('param');
    const complaint = await loadComplaint(complaintDb(services.db), { id });
    if (!complaint) throw notFound(id);
    assertHandlesUnit(principal, complaint);
    return c.json(complaint, 200);
  });

  app.openapi(fileRoute(holder), async (c) => {
    const services = holder.get();
    const principal = await principalOf(c, services);
    authorize(principal, 'read', { type: 'complaint' });
    const { id, attachmentId } = c.req.valid('param');
    const db = complaintDb(services.db);
    const complaint = await loadComplaint(db, { id });
    if (!complaint) throw notFound(id);
    assertHandlesUnit(principal, complaint);
    const file = await attachmentContent(db, complaint.id, attachmentId);
    if (!file)
      throw new ProblemError('attachment.not_found', `No attachment "${attachmentId}" on ${complaint.ticketNumber}.`);
    return c.body(new Uint8Array(file.content), 200, complaintAttachmentHeaders(file)) as never;
  });

  /** One workflow step in a transaction: load, check the unit, apply, save, audit. */
  const step = async (
    c: Context<AppEnv>,
    id: string,
    toAction: (complaint: Complaint, db: ComplaintDb) => Promise<ComplaintAction> | ComplaintAction,
  ) => {
    const services = holder.get();
    const principal = await principalOf(c, services);
    authorize(principal, 'update', { type: 'complaint' });
    const at = services.now().toISOString();
    await noteComplaintStaff(complaintDb(services.db), principal, at);
    const after = await services.db.transaction().execute(async (trx) => {
      const db = complaintDb(trx);
      const before = await loadComplaint(db, { id });
      if (!before) throw notFound(id);
      assertHandlesUnit(principal, before);
      const action = await toAction(before, db);
      let result;
      try {
        result = applyComplaintAction(before, action, { id: principal.id, name: principal.name }, at);
      } catch (error) {
        if (error instanceof ComplaintWorkflowError) throw new ProblemError(error.code, error.message);
        throw error;
      }
      await saveComplaintStep(db, before, result.complaint, result.added, at);
      await recordAudit(trx, {
        at,
        actor: principal,
        action: 'update',
        resource: 'complaint',
        resourceId: id,
        before: complaintForAudit(before),
        after: complaintForAudit(result.complaint),
        requestId: requestIdOf(c),
      });
      return result.complaint;
    });
    return c.json(after, 200);
  };

  app.openapi(
    actionRoute(holder, 'assign', 'Assign to a member of staff of the ticket’s unit', complaintAssignRequestSchema),
    async (c) => {
      const { assigneeId } = c.req.valid('json');
      return step(c, c.req.valid('param').id, async (complaint, db) => {
        const staff = await listComplaintStaff(db);
        const assignee = staff.find((member) => member.id === assigneeId);
        if (!assignee || !assignee.units.includes(complaint.unit)) {
          throw validationError([
            {
              path: 'assigneeId',
              message: `${assigneeId} does not handle ${complaint.unit}`,
              code: 'complaint.assignee_unknown',
            },
          ]);
        }
        return { kind: 'assign', assignee: { id: assignee.id, name: assignee.name } };
      });
    },
  );

  app.openapi(
    actionRoute(holder, 'reroute', 'Send a misrouted ticket to the responsible unit', complaintRerouteRequestSchema),
    async (c) => {
      const { unit, note } = c.req.valid('json');
      return step(c, c.req.valid('param').id, () => ({ kind: 'reroute', unit, note }));
    },
  );

  app.openapi(
    actionRoute(
      holder,
      'replies',
      'Reply to the submitter (shown when they track the ticket)',
      complaintReplyRequestSchema,
    ),
    async (c) => {
      const { message } = c.req.valid('json');
      return step(c, c.req.valid('param').id, () => ({ kind: 'reply', message }));
    },
  );

  app.openapi(
    actionRoute(
      holder,
      'close',
      'Close with an outcome and a resolution for the submitter',
      complaintCloseRequestSchema,
    ),
    async (c) => {
      const { outcome, resolution } = c.req.valid('json');
      return step(c, c.req.valid('param').id, () => ({ kind: 'close', outcome, resolution }));
    },
  );
}
