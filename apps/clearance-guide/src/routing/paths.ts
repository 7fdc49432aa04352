/** The module's pages under `/clearance`, read from the path. */
export type ClearanceRoute =
  | { page: 'list' }
  | { page: 'procedure'; id: string }
  | { page: 'history'; id: string }
  | { page: 'compare' }
  | { page: 'shipment' }
  | { page: 'manage' }
  | { page: 'new-draft' }
  | { page: 'draft'; id: string }
  | { page: 'not-found' };

export const BASE = '/clearance';

const withSearch = (path: string, params?: URLSearchParams) => {
  const search = params?.toString();
  return search ? `${path}?${search}` : path;
};

/** Where each page lives; every link of the module is built here. */
export const paths = {
  list: (params?: URLSearchParams) => withSearch(BASE, params),
  procedure: (id: string, version?: number) =>
    withSearch(
      `${BASE}/procedures/${encodeURIComponent(id)}`,
      version ? new URLSearchParams({ version: String(version) }) : undefined,
    ),
  history: (id: string) => `${BASE}/procedures/${encodeURIComponent(id)}/history`,
  compare: (a?: string, b?: string) =>
    withSearch(`${BASE}/compare`, new URLSearchParams([...(a ? [['a', a]] : []), ...(b ? [['b', b]] : [])])),
  shipment: (params?: URLSearchParams) => withSearch(`${BASE}/my-shipment`, params),
  manage: () => `${BASE}/manage`,
  newDraft: (procedureId: string, stepId: string) =>
    withSearch(`${BASE}/manage/new`, new URLSearchParams({ procedure: procedureId, step: stepId })),
  draft: (id: string) => `${BASE}/manage/drafts/${encodeURIComponent(id)}`,
};

export function routeOf(pathname: string): ClearanceRoute {
  const rest = pathname.replace(/\/+$/, '').slice(BASE.length);
  const parts = rest.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { page: 'list' };
  const [first, second, third] = parts;
  if (first === 'procedures' && second && parts.length === 2) return { page: 'procedure', id: second };
  if (first === 'procedures' && second && third === 'history' && parts.length === 3)
    return { page: 'history', id: second };
  if (first === 'compare' && parts.length === 1) return { page: 'compare' };
  if (first === 'my-shipment' && parts.length === 1) return { page: 'shipment' };
  if (first === 'manage' && parts.length === 1) return { page: 'manage' };
  if (first === 'manage' && second === 'new' && parts.length === 2) return { page: 'new-draft' };
  if (first === 'manage' && second === 'drafts' && third && parts.length === 3) return { page: 'draft', id: third };
  return { page: 'not-found' };
}
