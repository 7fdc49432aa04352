import { http, HttpResponse, type DefaultBodyType, type HttpHandler } from 'msw';
import {
  API_ERROR_CODES,
  draftCreateRequestSchema,
  draftListQuerySchema,
  draftReviewRequestSchema,
  draftUpdateRequestSchema,
  fieldErrorsFromZod,
  matchesProcedureQuery,
  parseProcedureQuery,
  toProcedureSummary,
  type AgencyListResponse,
  type BenchmarkListResponse,
  type DraftListResponse,
  type ProcedureListResponse,
  type ProcedureVersionList,
  type SchemaIssue,
} from '@sw/contracts';
import { CLEARANCE_AGENCIES, CLEARANCE_BENCHMARKS } from '../data/clearance.ts';
import { principalOf } from './auth.ts';
import {
  createClearanceMockStore,
  type ClearanceMockStore,
  type ClearanceRefusal,
  type StoreResult,
} from './clearanceStore.ts';
import { problemResponse, validationProblem } from './problem.ts';

/** The store behind the default `handlers`; `resetClearanceMocks()` puts the demo data back (tests). */
const defaultStore = createClearanceMockStore();
export const resetClearanceMocks = () => defaultStore.reset();

/** Every answer of these handlers: JSON of the contract's shapes, or a problem. */
type Reply = HttpResponse<DefaultBodyType>;
const reply = (body: unknown, status = 200): Reply => HttpResponse.json(body as DefaultBodyType, { status });

function refusalResponse(refusal: ClearanceRefusal, instance: string): Reply {
  const response: Reply = problemResponse({
    status: API_ERROR_CODES[refusal.code],
    code: refusal.code,
    detail: refusal.detail,
    instance,
  });
  if (refusal.code === 'auth.required') response.headers.set('WWW-Authenticate', 'Bearer realm="portal"');
  return response;
}

interface Schema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: readonly SchemaIssue[] } };
}

/** Reads and validates a JSON body; a Response when it is not acceptable. */
async function readBody<T>(request: Request, schema: Schema<T>, instance: string): Promise<T | Reply> {
  let json: unknown;
  try {
    json = await request.json();
  } catch {
    return problemResponse({
      status: 400,
      code: 'request.malformed_json',
      detail: 'The body is not valid JSON.',
      instance,
    }) as Reply;
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return validationProblem(fieldErrorsFromZod(parsed.error), instance) as Reply;
  return parsed.data;
}

/** The public may not touch proposals: refused before the body is read, as the server does. */
function anonymousRefusal(request: Request, what: string): Reply | undefined {
  if (principalOf(request).role !== 'public') return undefined;
  return refusalResponse(
    { code: 'auth.required', detail: `sign in to ${what} clearance-draft records` },
    new URL(request.url).pathname,
  );
}

const answer = <T>(result: StoreResult<T>, instance: string, status = 200): Reply =>
  result.ok ? reply(result.value, status) : refusalResponse(result.refusal, instance);

/**
 * The clearance guide's API: published procedures (with their versions), agencies and national
 * benchmarks for anyone; proposals for agency operators; reviews for the single-window team.
 */
export function createClearanceHandlers(options: { baseUrl?: string; store?: ClearanceMockStore } = {}): HttpHandler[] {
  const base = `${(options.baseUrl ?? '*/api').replace(/\/+$/, '')}/clearance`;
  const store = options.store ?? defaultStore;
  const pathOf = (request: Request) => new URL(request.url).pathname;

  return [
    http.get(`${base}/procedures`, ({ request }) => {
      const url = new URL(request.url);
      const parsed = parseProcedureQuery(url.searchParams);
      if (!parsed.ok) return validationProblem(parsed.errors, url.pathname) as Reply;
      const items = store
        .procedures()
        .filter((procedure) => matchesProcedureQuery(procedure, parsed.query))
        .map(toProcedureSummary);
      const asOf = items
        .map((item) => item.publishedAt)
        .sort()
        .at(-1);
      return reply({ items, total: items.length, ...(asOf ? { asOf } : {}) } satisfies ProcedureListResponse);
    }),
    http.get(`${base}/procedures/:id`, ({ request, params }) => {
      const procedure = store.procedure(String(params.id));
      if (!procedure) {
        return refusalResponse(
          { code: 'clearance.procedure_not_found', detail: `No procedure with id "${String(params.id)}".` },
          pathOf(request),
        );
      }
      return reply(procedure);
    }),
    http.get(`${base}/procedures/:id/versions`, ({ request, params }) => {
      const items = store.versions(String(params.id));
      if (!items) {
        return refusalResponse(
          { code: 'clearance.procedure_not_found', detail: `No procedure with id "${String(params.id)}".` },
          pathOf(request),
        );
      }
      return reply({ items } satisfies ProcedureVersionList);
    }),
    http.get(`${base}/procedures/:id/versions/:version`, ({ request, params }) => {
      const id = String(params.id);
      if (!store.procedure(id)) {
        return refusalResponse(
          { code: 'clearance.procedure_not_found', detail: `No procedure with id "${id}".` },
          pathOf(request),
        );
      }
      const wanted = String(params.version);
      const entry = /^[1-9][0-9]{0,8}$/.test(wanted) ? store.versionOf(id, Number(wanted)) : undefined;
      if (!entry) {
        return refusalResponse(
          { code: 'clearance.version_not_found', detail: `Procedure "${id}" has no version ${wanted}.` },
          pathOf(request),
        );
      }
      return reply(entry.procedure);
    }),
    http.get(`${base}/agencies`, () => reply({ items: CLEARANCE_AGENCIES } satisfies AgencyListResponse)),
    http.get(`${base}/benchmarks`, () => reply({ items: CLEARANCE_BENCHMARKS } satisfies BenchmarkListResponse)),

    http.get(`${base}/drafts`, ({ request }) => {
      const url = new URL(request.url);
      const query = draftListQuerySchema.safeParse(Object.fromEntries(url.searchParams));
      const principal = principalOf(request);
      const refused = anonymousRefusal(request, 'read');
      if (refused) return refused;
      if (!query.success) return validationProblem(fieldErrorsFromZod(query.error), url.pathname) as Reply;
      const result = store.listDrafts(principal, query.data.status);
      return result.ok
        ? reply({ items: result.value, total: result.value.length } satisfies DraftListResponse)
        : refusalResponse(result.refusal, url.pathname);
    }),
    http.post(`${base}/drafts`, async ({ request }) => {
      const instance = pathOf(request);
      const principal = principalOf(request);
      const refused = anonymousRefusal(request, 'create');
      if (refused) return refused;
      const body = await readBody(request, draftCreateRequestSchema, instance);
      if (body instanceof HttpResponse) return body as Reply;
      const result = store.createDraft(principal, body);
      const response = answer(result, instance, 201);
      if (result.ok) response.headers.set('Location', `/api/clearance/drafts/${result.value.id}`);
      return response;
    }),
    http.get(`${base}/drafts/:id`, ({ request, params }) =>
      answer(store.getDraft(principalOf(request), String(params.id)), pathOf(request)),
    ),
    http.put(`${base}/drafts/:id`, async ({ request, params }) => {
      const instance = pathOf(request);
      const principal = principalOf(request);
      const refused = anonymousRefusal(request, 'update');
      if (refused) return refused;
      const body = await readBody(request, draftUpdateRequestSchema, instance);
      if (body instanceof HttpResponse) return body as Reply;
      return answer(store.updateDraft(principal, String(params.id), body), instance);
    }),
    http.post(`${base}/drafts/:id/submit`, ({ request, params }) =>
      answer(store.submitDraft(principalOf(request), String(params.id)), pathOf(request)),
    ),
    http.post(`${base}/drafts/:id/review`, async ({ request, params }) => {
      const instance = pathOf(request);
      const principal = principalOf(request);
      const refused = anonymousRefusal(request, 'review');
      if (refused) return refused;
      if (principal.role !== 'admin') {
        const detail = `the ${principal.role} role may not review clearance-draft records`;
        return refusalResponse({ code: 'auth.forbidden', detail }, instance);
      }
      const body = await readBody(request, draftReviewRequestSchema, instance);
      if (body instanceof HttpResponse) return body as Reply;
      return answer(store.reviewDraft(principal, String(params.id), body), instance);
    }),
  ];
}
