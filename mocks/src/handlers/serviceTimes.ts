import { http, HttpResponse, type DefaultBodyType, type HttpHandler, type PathParams } from 'msw';
import {
  API_ERROR_CODES,
  actualsUploadRequestSchema,
  fieldErrorsFromZod,
  parseActualsListParams,
  parseOperationParam,
  parseStandardListParams,
  standardPublishRequestSchema,
  type ActualsListResponse,
  type ActualsUploadResponse,
  type CoverageResponse,
  type Problem,
  type ServiceStandard,
  type ApiErrorCode,
  type Principal,
  type StandardHistoryResponse,
  type StandardListResponse,
  type Terminal,
  type TerminalListResponse,
} from '@sw/contracts';
import { principalOf } from './auth.ts';
import { problemResponse, validationProblem } from './problem.ts';
import {
  createServiceTimesMockStore,
  type ServiceTimesMockStore,
  type ServiceTimesRefusal,
} from './serviceTimesStore.ts';

/** The store behind the default `handlers`; `resetServiceTimesMocks()` puts the demo data back (tests). */
const defaultStore = createServiceTimesMockStore();
export const resetServiceTimesMocks = () => defaultStore.reset();

const codeProblem = (code: ApiErrorCode, detail: string, instance: string) =>
  problemResponse({ status: API_ERROR_CODES[code], code, detail, instance });

function refusalProblem(refusal: ServiceTimesRefusal, instance: string) {
  if (refusal.kind === 'validation') return validationProblem(refusal.errors, instance);
  if (refusal.kind === 'unchanged') return codeProblem('service_standard.unchanged', refusal.detail, instance);
  return codeProblem(refusal.code, refusal.detail, instance);
}

/** 401 for the anonymous public, before the body is read (as the server answers). */
function authRequired(what: string, instance: string): HttpResponse<Problem> {
  const response = codeProblem('auth.required', `sign in to ${what}`, instance);
  response.headers.set('WWW-Authenticate', 'Bearer realm="portal"');
  return response;
}

/** As the server's policy says: the terminal's own operator, or the single-window team (admin). */
function refuseUnlessManager(
  principal: Principal,
  terminal: Terminal,
  what: string,
  instance: string,
): HttpResponse<Problem> | undefined {
  if (principal.role === 'admin') return undefined;
  if (principal.role === 'operator' && principal.organisationId === terminal.organisationId) return undefined;
  if (principal.role === 'public') return authRequired(what, instance);
  const detail =
    principal.role === 'operator'
      ? `an operator of ${principal.organisationId ?? 'no organisation'} may ${what} only for its own organisation's terminals`
      : `the ${principal.role} role may not ${what}`;
  return codeProblem('auth.forbidden', detail, instance);
}

/** Reads a JSON body, or answers why it cannot. */
async function readJson(
  request: Request,
  instance: string,
): Promise<{ body: unknown } | { problem: HttpResponse<Problem> }> {
  try {
    return { body: await request.json() };
  } catch {
    return { problem: codeProblem('request.malformed_json', 'The body is not valid JSON.', instance) };
  }
}

/**
 * The service-time API: terminals, their published standards (with history), the coverage board
 * and monthly actuals; publishing and uploads for the terminal's operator and the admin.
 */
export function createServiceTimesHandlers(
  options: { baseUrl?: string; store?: ServiceTimesMockStore } = {},
): HttpHandler[] {
  const base = `${(options.baseUrl ?? '*/api').replace(/\/+$/, '')}/service-times`;
  const store = options.store ?? defaultStore;
  const pathOf = (request: Request) => new URL(request.url).pathname;

  return [
    http.get<PathParams, DefaultBodyType, TerminalListResponse>(`${base}/terminals`, () => {
      const items = [...store.terminals()];
      return HttpResponse.json<TerminalListResponse>({ items, total: items.length });
    }),

    http.get<{ id: string }, DefaultBodyType, Terminal | Problem>(`${base}/terminals/:id`, ({ request, params }) => {
      const terminal = store.terminal(params.id);
      if (!terminal) return codeProblem('terminal.not_found', `No terminal with id "${params.id}".`, pathOf(request));
      return HttpResponse.json<Terminal>(terminal);
    }),

    http.get<PathParams, DefaultBodyType, StandardListResponse | Problem>(`${base}/standards`, ({ request }) => {
      const parsed = parseStandardListParams(new URL(request.url).searchParams);
      if (!parsed.ok) return validationProblem(parsed.errors, pathOf(request));
      const { items, asOf } = store.standards(parsed.query);
      return HttpResponse.json<StandardListResponse>({ items, total: items.length, asOf });
    }),

    http.get<{ id: string; operation: string }, DefaultBodyType, StandardHistoryResponse | Problem>(
      `${base}/terminals/:id/standards/:operation/history`,
      ({ request, params }) => {
        const operation = parseOperationParam(params.operation);
        if (!operation.ok) return validationProblem(operation.errors, pathOf(request));
        const result = store.history(params.id, operation.query);
        if (!result.ok) return refusalProblem(result.refusal, pathOf(request));
        return HttpResponse.json<StandardHistoryResponse>({
          terminalId: params.id,
          operation: operation.query,
          items: result.value,
        });
      },
    ),

    http.post<{ id: string }, DefaultBodyType, ServiceStandard | Problem>(
      `${base}/terminals/:id/standards`,
      async ({ request, params }) => {
        const instance = pathOf(request);
        const principal = principalOf(request);
        if (principal.role === 'public') return authRequired('publish standards', instance);
        const read = await readJson(request, instance);
        if ('problem' in read) return read.problem;
        const body = standardPublishRequestSchema.safeParse(read.body);
        if (!body.success) return validationProblem(fieldErrorsFromZod(body.error), instance);
        const terminal = store.terminal(params.id);
        if (!terminal) return codeProblem('terminal.not_found', `No terminal with id "${params.id}".`, instance);
        const refused = refuseUnlessManager(principal, terminal, 'publish standards', instance);
        if (refused) return refused;
        const result = store.publish(terminal.id, body.data, new Date().toISOString());
        if (!result.ok) return refusalProblem(result.refusal, instance);
        const location = `${instance}/${result.value.operation}/history`;
        return HttpResponse.json<ServiceStandard>(result.value, { status: 201, headers: { Location: location } });
      },
    ),

    http.get<PathParams, DefaultBodyType, CoverageResponse>(`${base}/coverage`, () =>
      HttpResponse.json<CoverageResponse>(store.coverage()),
    ),

    http.get<PathParams, DefaultBodyType, ActualsListResponse | Problem>(`${base}/actuals`, ({ request }) => {
      const parsed = parseActualsListParams(new URL(request.url).searchParams);
      if (!parsed.ok) return validationProblem(parsed.errors, pathOf(request));
      const items = store.actuals(parsed.query);
      return HttpResponse.json<ActualsListResponse>({ items, total: items.length });
    }),

    http.post<{ id: string }, DefaultBodyType, ActualsUploadResponse | Problem>(
      `${base}/terminals/:id/actuals`,
      async ({ request, params }) => {
        const instance = pathOf(request);
        const principal = principalOf(request);
        if (principal.role === 'public') return authRequired('upload actuals', instance);
        const read = await readJson(request, instance);
        if ('problem' in read) return read.problem;
        const body = actualsUploadRequestSchema.safeParse(read.body);
        if (!body.success) return validationProblem(fieldErrorsFromZod(body.error), instance);
        const terminal = store.terminal(params.id);
        if (!terminal) return codeProblem('terminal.not_found', `No terminal with id "${params.id}".`, instance);
        const refused = refuseUnlessManager(principal, terminal, 'upload actuals', instance);
        if (refused) return refused;
        const result = store.upload(terminal.id, body.data);
        if (!result.ok) return refusalProblem(result.refusal, instance);
        return HttpResponse.json<ActualsUploadResponse>(result.value);
      },
    ),
  ];
}
