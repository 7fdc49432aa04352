import { http, HttpResponse, type HttpHandler } from 'msw';
import {
  releaseChangeRequestSchema,
  releaseDiffQuerySchema,
  releaseHistoryQuerySchema,
  type ReleaseChannelState,
} from '@sw/contracts';
import { principalOf } from './auth.ts';
import { problemResponse, validationProblem } from './problem.ts';
import { createReleaseMockStore, type ReleaseMockStore, type ReleaseRefusal } from './releasesStore.ts';

const defaultStore = createReleaseMockStore();
/** Puts the demo release history back (tests). */
export const resetReleaseMocks = () => defaultStore.reset();
/** The store behind the default handlers, for tests that set a validation answer. */
export const mockReleaseStore = defaultStore;

/** Releases are the single-window team's (admin), as the server's policy says. */
function refusal(request: Request): Response | undefined {
  const principal = principalOf(request);
  if (principal.role === 'admin') return undefined;
  const instance = new URL(request.url).pathname;
  return principal.role === 'public'
    ? problemResponse({ status: 401, code: 'auth.required', detail: 'sign in to read release records', instance })
    : problemResponse({
        status: 403,
        code: 'auth.forbidden',
        detail: `the ${principal.role} role may not read release records`,
        instance,
      });
}

const isRefusal = (value: ReleaseChannelState | ReleaseRefusal): value is ReleaseRefusal => 'code' in value;

/** The release console's API (`/releases…`), admin only, over an in-memory release history. */
export function createReleaseHandlers(options: { baseUrl?: string; store?: ReleaseMockStore } = {}): HttpHandler[] {
  const base = (options.baseUrl ?? '*/api').replace(/\/+$/, '');
  const store = options.store ?? defaultStore;
  const notFound = (ref: string, instance: string) =>
    problemResponse({ status: 404, code: 'release.not_found', detail: `there is no release ${ref}`, instance });

  const change = (action: 'promote' | 'rollback') =>
    http.post(`${base}/releases/${action}`, async ({ request }) => {
      const refused = refusal(request);
      if (refused) return refused;
      const instance = new URL(request.url).pathname;
      const body = releaseChangeRequestSchema.safeParse(await request.json().catch(() => undefined));
      if (!body.success) {
        return validationProblem(
          body.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
          instance,
        );
      }
      const principal = principalOf(request);
      const { releaseId, expectedRevision, note } = body.data;
      const result = store[action](releaseId, expectedRevision, `${principal.name} (${principal.id})`, note);
      if (isRefusal(result)) return problemResponse({ ...result, instance });
      return HttpResponse.json(result);
    });

  return [
    http.get(`${base}/releases`, ({ request }) => refusal(request) ?? HttpResponse.json(store.overview())),
    http.get(`${base}/releases/history`, ({ request }) => {
      const query = releaseHistoryQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
      if (!query.success) return validationProblem([{ path: 'query', message: query.error.issues[0]!.message }]);
      return refusal(request) ?? HttpResponse.json({ items: store.history(query.data) });
    }),
    http.get(`${base}/releases/diff`, ({ request }) => {
      const refused = refusal(request);
      if (refused) return refused;
      const url = new URL(request.url);
      const query = releaseDiffQuerySchema.safeParse(Object.fromEntries(url.searchParams));
      if (!query.success) return validationProblem([{ path: 'from', message: 'from and to are required' }]);
      const diff = store.diff(query.data.from, query.data.to);
      return diff ? HttpResponse.json(diff) : notFound(`${query.data.from} or ${query.data.to}`, url.pathname);
    }),
    http.get(`${base}/releases/:id/validation`, ({ request, params }) => {
      const refused = refusal(request);
      if (refused) return refused;
      const id = String(params.id);
      return store.release(id) ? HttpResponse.json(store.validation(id)) : notFound(id, new URL(request.url).pathname);
    }),
    http.get(`${base}/releases/:id`, ({ request, params }) => {
      const refused = refusal(request);
      if (refused) return refused;
      const manifest = store.release(String(params.id));
      return manifest ? HttpResponse.json({ manifest }) : notFound(String(params.id), new URL(request.url).pathname);
    }),
    change('promote'),
    change('rollback'),
  ];
}
