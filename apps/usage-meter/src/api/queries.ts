import { queryOptions } from '@tanstack/react-query';
import {
  portSchema,
  usageClearanceTimesResponseSchema,
  usageFiguresResponseSchema,
  usageImportListResponseSchema,
  usageRevisionsResponseSchema,
  type Principal,
  type UsageRevisionsQuery,
} from '@sw/contracts';
import type { ApiClient } from '@sw/api-client';

/**
 * The module's reads, one options factory each: the hooks (usageQueries.ts) use them, and so does the
 * prefetch at mount (routing/prefetchPage.ts), so a prefetched query is the very one the page then shows.
 */

export const usageKeys = {
  figures: ['usage', 'figures'] as const,
  clearance: ['usage', 'clearance-times'] as const,
  ports: ['ports'] as const,
  revisions: (key: UsageRevisionsQuery) => ['usage', 'revisions', key.business, key.port, key.month] as const,
  imports: ['usage', 'imports'] as const,
};

/**
 * Every figure, fetched once (about 1,500 rows, some 20 KB compressed): scope, league table and
 * projection are computed in the browser, so drilling down never waits for the network.
 */
export const figuresQuery = (api: ApiClient) =>
  queryOptions({
    queryKey: usageKeys.figures,
    queryFn: ({ signal }) => api.get('/usage/figures', usageFiguresResponseSchema, { signal }),
  });

/** Import and export release hours per port and month, with the national reference figures. */
export const clearanceTimesQuery = (api: ApiClient) =>
  queryOptions({
    queryKey: usageKeys.clearance,
    queryFn: ({ signal }) => api.get('/usage/clearance-times', usageClearanceTimesResponseSchema, { signal }),
  });

/** Ports with their names and kinds (sea, air, road, rail), for scope, labels and upload checks. */
export const portsQuery = (api: ApiClient) =>
  queryOptions({
    queryKey: usageKeys.ports,
    queryFn: ({ signal }) => api.get('/ports', portSchema.array(), { signal }),
    staleTime: Infinity,
  });

/** One figure's versions, loaded when its history is opened (`undefined`: not open, nothing asked). */
export const revisionsQuery = (api: ApiClient, key: UsageRevisionsQuery | undefined) =>
  queryOptions({
    queryKey: key ? usageKeys.revisions(key) : ['usage', 'revisions', 'none'],
    queryFn: ({ signal }) => api.get('/usage/revisions', usageRevisionsResponseSchema, { query: { ...key! }, signal }),
    enabled: key !== undefined,
  });

/** The latest uploads; only the single-window team (admin) may list them, so they are per user. */
export const usageImportsQuery = (api: ApiClient, user: Pick<Principal, 'id' | 'role'> | undefined) =>
  queryOptions({
    queryKey: [...usageKeys.imports, user?.id],
    queryFn: ({ signal }) => api.get('/usage/imports', usageImportListResponseSchema, { signal }),
    enabled: user?.role === 'admin',
  });
