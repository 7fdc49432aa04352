import { http, HttpResponse, type HttpHandler } from 'msw';
import {
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENT_REPLAYED_HEADER,
  ComplaintWorkflowError,
  base64ToBytes,
  complaintAssignRequestSchema,
  complaintAttachmentParamsSchema,
  complaintAttachmentUploadSchema,
  complaintCloseRequestSchema,
  complaintCreateRequestSchema,
  complaintReplyRequestSchema,
  complaintRerouteRequestSchema,
  complaintStatsMonths,
  complaintStatsQuerySchema,
  complaintTrackRequestSchema,
  complaintUnitsHandledBy,
  isComplaintStaff,
  parseComplaintListParams,
  complaintAttachmentHeaders,
  toComplaintReceipt,
  toComplaintSummary,
  toComplaintTracking,
  type Complaint,
  type ComplaintAction,
  type Principal,
  fieldErrorsFromZod,
} from '@sw/contracts';
import { principalOf } from './auth.ts';
import { createComplaintMockStore, type ComplaintRefusal } from './complaintsStore.ts';
import { codeProblem, refuse } from './feesHttp.ts';
import { validationProblem } from './problem.ts';

/** The store behind the default `handlers`; `resetComplaintMocks()` puts the demo tickets back (tests). */
const defaultStore = createComplaintMockStore();
export const resetComplaintMocks = () => defaultStore.reset();

const pathOf = (request: Request) => new URL(request.url).pathname;

/** The body as JSON, or a problem as the server answers a malformed one. */
async function readJson(request: Request): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  try {
    return { ok: true, value: await request.json() };
  } catch {
    return {
      ok: false,
      response: codeProblem('request.malformed_json', 'The body is not valid JSON.', pathOf(request)),
    };
  }
}

const refusalResponse = (refusal: ComplaintRefusal, instance: string) =>
  refusal.kind === 'fields'
    ? validationProblem(refusal.errors, instance)
    : codeProblem(refusal.code, refusal.detail, instance);

/** Staff of a unit: 401 for the public, 403 for other roles (worded as the server's policy words it). */
const staffOnly = (principal: Principal, action: 'list' | 'read' | 'update', instance: string) =>
  refuse(principal, isComplaintStaff(principal.role), `${action} complaint records`, instance);

const outsideUnit = (principal: Principal, complaint: Complaint, instance: string) =>
  complaintUnitsHandledBy(principal.role).includes(complaint.unit)
    ? undefined
    : codeProblem(
        'auth.forbidden',
        `${complaint.ticketNumber} is with ${complaint.unit}; the ${principal.role} role handles ${complaintUnitsHandledBy(principal.role).join(', ')}`,
        instance,
      );

const notFound = (id: string, instance: string) =>
  codeProblem('complaint.not_found', `No ticket with id "${id}".`, instance);

/**
 * The hotline and complaint API in the browser or in Node tests, answering as the reference server
 * does (the contract suite compares them): the directory, uploads, intake, tracking and triage.
 */
export function createComplaintHandlers(
  options: { baseUrl?: string; store?: ReturnType<typeof createComplaintMockStore> } = {},
): HttpHandler[] {
  const base = (options.baseUrl ?? '*/api').replace(/\/+$/, '');
  const store = options.store ?? defaultStore;

  /** A staff step: who may, which ticket, the body, then the workflow. */
  const staffAction = <T>(
    path: string,
    schema: {
      safeParse(
        value: unknown,
      ): { success: true; data: T } | { success: false; error: Parameters<typeof fieldErrorsFromZod>[0] };
    },
    toAction: (body: T, complaint: Complaint, instance: string) => ComplaintAction | Response,
  ) =>
    http.post<{ id: string }>(`${base}/complaints/:id/${path}`, async ({ request, params }) => {
      const instance = pathOf(request);
      const principal = principalOf(request);
      const refused = staffOnly(principal, 'update', instance);
      if (refused) return refused;
      const json = await readJson(request);
      if (!json.ok) return json.response;
      const body = schema.safeParse(json.value);
      if (!body.success) return validationProblem(fieldErrorsFromZod(body.error), instance);
      const complaint = store.get(params.id);
      if (!complaint) return notFound(params.id, instance);
      const scope = outsideUnit(principal, complaint, instance);
      if (scope) return scope;
      store.noteStaff(principal);
      const action = toAction(body.data, complaint, instance);
      if (action instanceof Response) return action;
      try {
        return HttpResponse.json(store.act(complaint, action, { id: principal.id, name: principal.name }));
      } catch (error) {
        if (error instanceof ComplaintWorkflowError) return codeProblem(error.code, error.message, instance);
        throw error;
      }
    });

  return [
    http.get(`${base}/hotlines`, () => HttpResponse.json({ items: store.hotlines() })),

    http.put<{ id: string }>(`${base}/complaints/attachments/:id`, async ({ request, params }) => {
      const instance = pathOf(request);
      const json = await readJson(request);
      if (!json.ok) return json.response;
      const id = complaintAttachmentParamsSchema.safeParse({ id: params.id });
      const body = complaintAttachmentUploadSchema.safeParse(json.value);
      if (!id.success || !body.success) {
        return validationProblem(
          [...(id.error ? fieldErrorsFromZod(id.error) : []), ...(body.error ? fieldErrorsFromZod(body.error) : [])],
          instance,
        );
      }
      let content: Uint8Array;
      try {
        content = base64ToBytes(body.data.content);
      } catch {
        return codeProblem('attachment.invalid_encoding', 'content is not valid base64.', instance);
      }
      const result = store.putAttachment(id.data.id, body.data.name, content);
      if ('kind' in result) return refusalResponse(result, instance);
      return HttpResponse.json(result.attachment, { status: result.created ? 201 : 200 });
    }),

    http.post(`${base}/complaints/track`, async ({ request }) => {
      const instance = pathOf(request);
      const json = await readJson(request);
      if (!json.ok) return json.response;
      const body = complaintTrackRequestSchema.safeParse(json.value);
      if (!body.success) return validationProblem(fieldErrorsFromZod(body.error), instance);
      const complaint = store.track(body.data);
      if (!complaint) {
        return codeProblem(
          'complaint.not_found',
          'No ticket with this number was filed with this phone number or e-mail address.',
          instance,
        );
      }
      return HttpResponse.json(toComplaintTracking(complaint));
    }),

    http.post(`${base}/complaints`, async ({ request }) => {
      const instance = pathOf(request);
      const json = await readJson(request);
      if (!json.ok) return json.response;
      const body = complaintCreateRequestSchema.safeParse(json.value);
      if (!body.success) return validationProblem(fieldErrorsFromZod(body.error), instance);
      const key = request.headers.get(IDEMPOTENCY_KEY_HEADER) ?? undefined;
      if (key !== undefined && !/^[\x21-\x7e]{1,200}$/.test(key)) {
        return codeProblem(
          'idempotency.invalid_key',
          'Idempotency-Key must be 1 to 200 visible ASCII characters',
          instance,
        );
      }
      const result = store.create(body.data, key);
      if ('kind' in result) return refusalResponse(result, instance);
      return HttpResponse.json(toComplaintReceipt(result.complaint), {
        status: 201,
        headers: result.replayed ? { [IDEMPOTENT_REPLAYED_HEADER]: 'true' } : {},
      });
    }),

    http.get(`${base}/complaints`, ({ request }) => {
      const instance = pathOf(request);
      const principal = principalOf(request);
      const refused = staffOnly(principal, 'list', instance);
      if (refused) return refused;
      const parsed = parseComplaintListParams(new URL(request.url).searchParams);
      if (!parsed.ok) return validationProblem(parsed.errors, instance);
      store.noteStaff(principal);
      const { items, total } = store.list(parsed.query, principal);
      return HttpResponse.json({ items: items.map(toComplaintSummary), total });
    }),

    http.get(`${base}/complaints/stats`, ({ request }) => {
      const instance = pathOf(request);
      const principal = principalOf(request);
      const refused = staffOnly(principal, 'list', instance);
      if (refused) return refused;
      const params = new URL(request.url).searchParams;
      const query = complaintStatsQuerySchema.safeParse(
        Object.fromEntries([...params].filter(([key]) => key === 'from' || key === 'to')),
      );
      if (!query.success) return validationProblem(fieldErrorsFromZod(query.error), instance);
      const months = complaintStatsMonths(query.data, store.now());
      if (!Array.isArray(months)) return validationProblem([{ path: 'from', message: months.error }], instance);
      return HttpResponse.json(store.stats(months, principal));
    }),

    http.get(`${base}/complaints/staff`, ({ request }) => {
      const principal = principalOf(request);
      const refused = staffOnly(principal, 'list', pathOf(request));
      if (refused) return refused;
      store.noteStaff(principal);
      return HttpResponse.json({ items: store.staff() });
    }),

    http.get<{ id: string }>(`${base}/complaints/:id`, ({ request, params }) => {
      const instance = pathOf(request);
      const principal = principalOf(request);
      const refused = staffOnly(principal, 'read', instance);
      if (refused) return refused;
      const complaint = store.get(params.id);
      if (!complaint) return notFound(params.id, instance);
      return outsideUnit(principal, complaint, instance) ?? HttpResponse.json(complaint);
    }),

    http.get<{ id: string; attachmentId: string }>(
      `${base}/complaints/:id/attachments/:attachmentId`,
      ({ request, params }) => {
        const instance = pathOf(request);
        const principal = principalOf(request);
        const refused = staffOnly(principal, 'read', instance);
        if (refused) return refused;
        const complaint = store.get(params.id);
        if (!complaint) return notFound(params.id, instance);
        const scope = outsideUnit(principal, complaint, instance);
        if (scope) return scope;
        const file = store.file(complaint.id, params.attachmentId);
        if (!file)
          return codeProblem(
            'attachment.not_found',
            `No attachment "${params.attachmentId}" on ${complaint.ticketNumber}.`,
            instance,
          );
        return new HttpResponse(file.content.slice().buffer, { headers: complaintAttachmentHeaders(file.attachment) });
      },
    ),

    staffAction('assign', complaintAssignRequestSchema, (body, complaint, instance) => {
      const assignee = store.staff().find((member) => member.id === body.assigneeId);
      if (!assignee || !assignee.units.includes(complaint.unit)) {
        return validationProblem(
          [
            {
              path: 'assigneeId',
              message: `${body.assigneeId} does not handle ${complaint.unit}`,
              code: 'complaint.assignee_unknown',
            },
          ],
          instance,
        );
      }
      return { kind: 'assign', assignee: { id: assignee.id, name: assignee.name } };
    }),
    staffAction('reroute', complaintRerouteRequestSchema, (body) => ({
      kind: 'reroute',
      unit: body.unit,
      note: body.note,
    })),
    staffAction('replies', complaintReplyRequestSchema, (body) => ({ kind: 'reply', message: body.message })),
    staffAction('close', complaintCloseRequestSchema, (body) => ({
      kind: 'close',
      outcome: body.outcome,
      resolution: body.resolution,
    })),
  ];
}
