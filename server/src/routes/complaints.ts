import { randomBytes, randomUUID } from 'node:crypto';
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import {
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENT_REPLAYED_HEADER,
  complaintAttachmentSchema,
  complaintAttachmentUploadSchema,
  complaintContactMatches,
  complaintCreateRequestSchema,
  complaintForAudit,
  complaintReceiptSchema,
  complaintTrackRequestSchema,
  complaintTrackingSchema,
  hotlineListResponseSchema,
  newComplaint,
  newTicketNumber,
  normaliseTicketNumber,
  toComplaintReceipt,
  toComplaintTracking,
} from '@sw/contracts';
import { recordAudit } from '../audit/audit.ts';
import { authorize } from '../auth/policy.ts';
import { attachmentsForNewTicket, purgeUnclaimedAttachments, storeAttachment } from '../complaints/attachments.ts';
import { loadHotlines } from '../complaints/hotlines.ts';
import { insertComplaint, loadComplaint } from '../complaints/repository.ts';
import { complaintDb, type ComplaintDb } from '../complaints/tables.ts';
import { principalOf, requestIdOf, type AppEnv, type ServiceHolder } from '../context.ts';
import { ProblemError } from '../http/problem.ts';
import { COMMON_PROBLEMS, OPTIONAL_BEARER, WRITE_PROBLEMS, jsonText, problemResponses } from './common.ts';
import { registerComplaintTriageRoutes } from './complaints-triage.ts';
import { publicWriteLimit } from './objections.ts';

/** Upload requests, which carry a file and so have their own body limit (see app.ts). */
export const COMPLAINT_ATTACHMENT_PATH = /^\/api\/complaints\/attachments\/[^/]+$/;

const idempotencyHeaders = z.object({
  'idempotency-key': z
    .string()
    .optional()
    .openapi({ param: { name: 'idempotency-key', in: 'header' } }),
});

/** `complaintAttachmentParamsSchema` with its OpenAPI parameter description (same check). */
const attachmentParams = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
});

const listHotlines = createRoute({
  method: 'get',
  path: '/api/hotlines',
  tags: ['Hotline'],
  summary: 'The hotline directory (95198, 12360 and the agencies’ lines)',
  description:
    'Each line with its hours, scope, languages, the numbers to dial from where the caller is, and the topics it is for.',
  responses: {
    200: { description: 'In display order', content: { 'application/json': { schema: hotlineListResponseSchema } } },
    ...problemResponses(...COMMON_PROBLEMS),
  },
});

const uploadAttachment = (holder: ServiceHolder) =>
  createRoute({
    method: 'put',
    path: '/api/complaints/attachments/{id}',
    tags: ['Hotline'],
    summary: 'Upload a file for a complaint (anyone)',
    description:
      'The browser picks the id (a UUID), so retrying never stores a file twice. JPEG, PNG, GIF, WebP or PDF, judged by its ' +
      'content (magic bytes) and its name ending, at most 4 MiB, base64 in JSON. Files no ticket names within a day are deleted. Rate-limited per client.',
    security: OPTIONAL_BEARER,
    middleware: [publicWriteLimit(holder, 'complaint-upload:')] as const,
    request: {
      params: attachmentParams,
      body: { required: true, content: { 'application/json': { schema: complaintAttachmentUploadSchema } } },
    },
    responses: {
      200: {
        description: 'The same file was uploaded before',
        content: { 'application/json': { schema: complaintAttachmentSchema } },
      },
      201: { description: 'Stored', content: { 'application/json': { schema: complaintAttachmentSchema } } },
      ...problemResponses(
        ...WRITE_PROBLEMS,
        'attachment.empty',
        'attachment.invalid_encoding',
        'auth.invalid_token',
        'attachment.conflict',
        'attachment.too_large',
        'attachment.type_not_allowed',
        'attachment.type_mismatch',
        'rate_limited',
        ...COMMON_PROBLEMS,
      ),
    },
  });

const createComplaint = (holder: ServiceHolder) =>
  createRoute({
    method: 'post',
    path: '/api/complaints',
    tags: ['Hotline'],
    summary: 'File an enquiry, complaint or suggestion (anyone)',
    description:
      'Routed by category to the responsible unit (port charges: market regulation; clearance: customs; terminal times: transport; ' +
      'system and other: commerce), with its acknowledge and reply deadlines. Send an Idempotency-Key: a retry with the same key and body ' +
      'answers the same receipt and files nothing new. Rate-limited per client.',
    security: OPTIONAL_BEARER,
    middleware: [publicWriteLimit(holder)] as const,
    request: {
      headers: idempotencyHeaders,
      body: { required: true, content: { 'application/json': { schema: complaintCreateRequestSchema } } },
    },
    responses: {
      201: { description: 'Filed: the receipt', content: { 'application/json': { schema: complaintReceiptSchema } } },
      ...problemResponses(
        ...WRITE_PROBLEMS,
        'idempotency.invalid_key',
        'auth.invalid_token',
        'idempotency.in_progress',
        'idempotency.key_reused',
        'rate_limited',
        ...COMMON_PROBLEMS,
      ),
    },
  });

const trackComplaint = (holder: ServiceHolder) =>
  createRoute({
    method: 'post',
    path: '/api/complaints/track',
    tags: ['Hotline'],
    summary: 'Track a ticket by its number and the phone or e-mail it was filed with (anyone)',
    description:
      'A POST so the contact never appears in a URL. The same answer for an unknown number and a wrong contact. Rate-limited per client.',
    security: OPTIONAL_BEARER,
    middleware: [publicWriteLimit(holder, 'complaint-track:')] as const,
    request: { body: { required: true, content: { 'application/json': { schema: complaintTrackRequestSchema } } } },
    responses: {
      200: {
        description: 'Status, history and replies',
        content: { 'application/json': { schema: complaintTrackingSchema } },
      },
      ...problemResponses(
        ...WRITE_PROBLEMS,
        'auth.invalid_token',
        'complaint.not_found',
        'rate_limited',
        ...COMMON_PROBLEMS,
      ),
    },
  });

/** A ticket number no ticket has yet (30 random bits per day: a clash is rare, and checked). */
async function freshTicketNumber(db: ComplaintDb, at: Date): Promise<string> {
  for (;;) {
    const number = newTicketNumber(at, (length) => randomBytes(length));
    const taken = await db.selectFrom('complaints').select('id').where('ticket_number', '=', number).executeTakeFirst();
    if (!taken) return number;
  }
}

const PURGE_EVERY_MS = 3600_000;

/** The hotline directory and the public side of the complaint intake; then the staff side. */
export function registerComplaintRoutes(app: OpenAPIHono<AppEnv>, holder: ServiceHolder): void {
  let purgedAt = 0;

  app.openapi(listHotlines, async (c) => c.json({ items: await loadHotlines(complaintDb(holder.get().db)) }, 200));

  app.openapi(uploadAttachment(holder), async (c) => {
    const services = holder.get();
    const principal = await principalOf(c, services);
    authorize(principal, 'create', { type: 'complaint' });
    const db = complaintDb(services.db);
    const now = services.now();
    if (now.getTime() - purgedAt > PURGE_EVERY_MS) {
      purgedAt = now.getTime();
      await purgeUnclaimedAttachments(db, now);
    }
    const { id } = c.req.valid('param');
    const result = await storeAttachment(db, id, c.req.valid('json'), {
      uploadedBy: principal.id,
      at: now.toISOString(),
    });
    return c.json(result.attachment, result.created ? 201 : 200);
  });

  app.openapi(createComplaint(holder), async (c) => {
    const services = holder.get();
    const principal = await principalOf(c, services);
    authorize(principal, 'create', { type: 'complaint' });
    const body = c.req.valid('json');
    const key = c.req.header(IDEMPOTENCY_KEY_HEADER);
    const outcome = await services.idempotency.run({
      key,
      // Not per caller: signing in between two tries of the same submission must not file it twice.
      scope: 'POST /api/complaints',
      payload: body,
      create: async (trx) => {
        const db = complaintDb(trx);
        const attachments = await attachmentsForNewTicket(db, body.attachments);
        const submittedAt = services.now();
        const ids = { id: randomUUID(), ticketNumber: await freshTicketNumber(db, submittedAt) };
        const complaint = newComplaint(body, ids, submittedAt.toISOString(), attachments);
        await insertComplaint(db, complaint, {
          submittedBy: principal.id,
          privacyNoticeVersion: body.privacyNoticeVersion,
        });
        await recordAudit(trx, {
          at: complaint.submittedAt,
          actor: principal,
          action: 'create',
          resource: 'complaint',
          resourceId: complaint.id,
          before: null,
          after: complaintForAudit(complaint),
          requestId: requestIdOf(c),
          idempotencyKey: key,
        });
        return { status: 201, body: toComplaintReceipt(complaint) };
      },
    });
    if (outcome.replayed) c.header(IDEMPOTENT_REPLAYED_HEADER, 'true');
    return jsonText(c, outcome.body, 201);
  });

  app.openapi(trackComplaint(holder), async (c) => {
    const services = holder.get();
    const principal = await principalOf(c, services);
    authorize(principal, 'track', { type: 'complaint' });
    const request = c.req.valid('json');
    const ticketNumber = normaliseTicketNumber(request.ticketNumber) ?? '';
    const complaint = await loadComplaint(complaintDb(services.db), { ticketNumber });
    if (!complaint || !complaintContactMatches(complaint, request)) {
      throw new ProblemError(
        'complaint.not_found',
        'No ticket with this number was filed with this phone number or e-mail address.',
      );
    }
    return c.json(toComplaintTracking(complaint), 200);
  });

  registerComplaintTriageRoutes(app, holder);
}
