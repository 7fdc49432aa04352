import { http, HttpResponse, type DefaultBodyType, type HttpHandler, type PathParams } from 'msw';
import {
  USAGE_TARGET,
  compareUsageItems,
  matchesUsageQuery,
  parseUsageClearanceParams,
  parseUsageFigureParams,
  usageFigureKey,
  usageModeOf,
  parseUsageRevisionParams,
  validateUsageImport,
  type UsageClearanceTimesResponse,
  type PortId,
  type Problem,
  type UsageFiguresResponse,
  type UsageImportListResponse,
  type UsageMode,
  type UsageRevisionsResponse,
} from '@sw/contracts';
import { PORTS } from '../data/organisations.ts';
import { CLEARANCE_TIMES, CLEARANCE_TIMES_AS_OF, NATIONAL_CLEARANCE_TIMES } from '../data/usage-clearance.ts';
import { principalOf } from './auth.ts';
import { problemResponse, validationProblem } from './problem.ts';
import { createUsageMockStore, type UsageMockStore } from './usage-store.ts';

const MODES = new Map(PORTS.map((port) => [port.id, usageModeOf(port.mode)]));
const modeOf = (port: PortId): UsageMode => MODES.get(port) ?? 'land';

/** The store behind the default `handlers`; `resetUsageMocks()` puts the demo data back (tests). */
const defaultStore = createUsageMockStore();
export const resetUsageMocks = () => defaultStore.reset();

/** Uploads are for the single-window team (admin), as the server's policy says. */
function refuseUnlessAdmin(request: Request): Response | undefined {
  const principal = principalOf(request);
  if (principal.role === 'admin') return undefined;
  if (principal.role === 'public') {
    const response = problemResponse({
      status: 401,
      code: 'auth.required',
      detail: 'sign in to import usage records',
      instance: new URL(request.url).pathname,
    });
    response.headers.set('WWW-Authenticate', 'Bearer realm="portal"');
    return response;
  }
  return problemResponse({
    status: 403,
    code: 'auth.forbidden',
    detail: `the ${principal.role} role may not import usage records`,
    instance: new URL(request.url).pathname,
  });
}

async function readJson(request: Request): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  try {
    return { ok: true, body: await request.json() };
  } catch {
    return {
      ok: false,
      response: problemResponse({
        status: 400,
        code: 'request.malformed_json',
        detail: 'The body is not valid JSON.',
        instance: new URL(request.url).pathname,
      }),
    };
  }
}

/**
 * The usage meter's API: figures (`GET /usage/figures`), a figure's history (`GET
 * /usage/revisions`), release times (`GET /usage/clearance-times`) and, for the admin, uploads
 * (`POST /usage/imports/preview`, `POST /usage/imports`, `GET /usage/imports`).
 */
export function createUsageHandlers(options: { baseUrl?: string; store?: UsageMockStore } = {}): HttpHandler[] {
  const base = (options.baseUrl ?? '*/api').replace(/\/+$/, '');
  const store = options.store ?? defaultStore;

  return [
    http.get<PathParams, DefaultBodyType, UsageFiguresResponse | Problem>(`${base}/usage/figures`, ({ request }) => {
      const url = new URL(request.url);
      const parsed = parseUsageFigureParams(url.searchParams);
      if (!parsed.ok) return validationProblem(parsed.errors, url.pathname);
      const items = store
        .figures()
        .filter((figure) => matchesUsageQuery(figure, parsed.query, modeOf))
        .sort(compareUsageItems);
      return HttpResponse.json<UsageFiguresResponse>({
        items,
        total: items.length,
        asOf: store.asOf(),
        target: { ...USAGE_TARGET },
      });
    }),
    http.get<PathParams, DefaultBodyType, UsageRevisionsResponse | Problem>(
      `${base}/usage/revisions`,
      ({ request }) => {
        const url = new URL(request.url);
        const parsed = parseUsageRevisionParams(url.searchParams);
        if (!parsed.ok) return validationProblem(parsed.errors, url.pathname);
        return HttpResponse.json<UsageRevisionsResponse>({
          ...parsed.query,
          items: store.revisions(usageFigureKey(parsed.query)),
        });
      },
    ),
    http.get<PathParams, DefaultBodyType, UsageClearanceTimesResponse | Problem>(
      `${base}/usage/clearance-times`,
      ({ request }) => {
        const url = new URL(request.url);
        const parsed = parseUsageClearanceParams(url.searchParams);
        if (!parsed.ok) return validationProblem(parsed.errors, url.pathname);
        const items = CLEARANCE_TIMES.filter((item) => matchesUsageQuery(item, parsed.query, modeOf));
        return HttpResponse.json<UsageClearanceTimesResponse>({
          items,
          total: items.length,
          national: [...NATIONAL_CLEARANCE_TIMES],
          asOf: CLEARANCE_TIMES_AS_OF,
        });
      },
    ),
    http.get(`${base}/usage/imports`, ({ request }) => {
      const refused = refuseUnlessAdmin(request);
      if (refused) return refused;
      return HttpResponse.json<UsageImportListResponse>({ items: store.imports() });
    }),
    http.post(`${base}/usage/imports/preview`, async ({ request }) => {
      const refused = refuseUnlessAdmin(request);
      if (refused) return refused;
      const json = await readJson(request);
      if (!json.ok) return json.response;
      const checked = validateUsageImport(json.body, new Date());
      if (!checked.ok) return validationProblem(checked.errors, new URL(request.url).pathname);
      return HttpResponse.json(store.preview(checked.request));
    }),
    http.post(`${base}/usage/imports`, async ({ request }) => {
      const refused = refuseUnlessAdmin(request);
      if (refused) return refused;
      const json = await readJson(request);
      if (!json.ok) return json.response;
      const checked = validateUsageImport(json.body, new Date());
      if (!checked.ok) return validationProblem(checked.errors, new URL(request.url).pathname);
      const result = store.apply(checked.request, principalOf(request).id, new Date());
      return HttpResponse.json(result, { status: 201, headers: { Location: `/api/usage/imports/${result.id}` } });
    }),
  ];
}
