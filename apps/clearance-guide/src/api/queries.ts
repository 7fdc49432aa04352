import { queryOptions } from '@tanstack/react-query';
import {
  agencyListResponseSchema,
  benchmarkListResponseSchema,
  clearanceDraftSchema,
  clearanceProcedureSchema,
  draftListResponseSchema,
  feeListResponseSchema,
  procedureListResponseSchema,
  procedureVersionListSchema,
} from '@sw/contracts';
import type { ApiClient } from '@sw/api-client';

/**
 * The module's reads, one options factory each: the hooks use them, and so does the prefetch at mount
 * (routing/prefetchPage.ts), so a prefetched query is the very one the page then shows.
 */

export const clearanceKeys = {
  all: ['clearance'] as const,
  procedures: ['clearance', 'procedures'] as const,
  procedure: (id: string, version?: number) => ['clearance', 'procedure', id, version ?? 'current'] as const,
  versions: (id: string) => ['clearance', 'versions', id] as const,
  agencies: ['clearance', 'agencies'] as const,
  benchmarks: ['clearance', 'benchmarks'] as const,
  drafts: ['clearance', 'drafts'] as const,
  draft: (id: string) => ['clearance', 'drafts', id] as const,
};

/** Every published procedure (without steps): few enough that filters run in the browser. */
export const proceduresQuery = (api: ApiClient) =>
  queryOptions({
    queryKey: clearanceKeys.procedures,
    queryFn: ({ signal }) => api.get('/clearance/procedures', procedureListResponseSchema, { signal }),
  });

/** One procedure with its steps: the public version, or an earlier one; none while `id` is unknown. */
export const procedureQuery = (api: ApiClient, id: string | undefined, version?: number) =>
  queryOptions({
    queryKey: clearanceKeys.procedure(id ?? '', version),
    enabled: Boolean(id),
    queryFn: ({ signal }) =>
      api.get(
        version
          ? `/clearance/procedures/${encodeURIComponent(id!)}/versions/${version}`
          : `/clearance/procedures/${encodeURIComponent(id!)}`,
        clearanceProcedureSchema,
        { signal },
      ),
  });

/** Every published version of a procedure, with what changed. */
export const versionsQuery = (api: ApiClient, id: string) =>
  queryOptions({
    queryKey: clearanceKeys.versions(id),
    queryFn: ({ signal }) =>
      api.get(`/clearance/procedures/${encodeURIComponent(id)}/versions`, procedureVersionListSchema, { signal }),
  });

export const agenciesQuery = (api: ApiClient) =>
  queryOptions({
    queryKey: clearanceKeys.agencies,
    queryFn: ({ signal }) => api.get('/clearance/agencies', agencyListResponseSchema, { signal }),
    staleTime: Infinity,
  });

export const benchmarksQuery = (api: ApiClient) =>
  queryOptions({
    queryKey: clearanceKeys.benchmarks,
    queryFn: ({ signal }) => api.get('/clearance/benchmarks', benchmarkListResponseSchema, { signal }),
    staleTime: Infinity,
  });

/** The proposals `userId` may see (own agency's, or all for the single-window team); none signed out. */
export const draftsQuery = (api: ApiClient, userId: string | undefined) =>
  queryOptions({
    queryKey: [...clearanceKeys.drafts, userId ?? 'anonymous'],
    enabled: userId !== undefined,
    queryFn: ({ signal }) => api.get('/clearance/drafts', draftListResponseSchema, { signal }),
  });

export const draftQuery = (api: ApiClient, id: string) =>
  queryOptions({
    queryKey: clearanceKeys.draft(id),
    queryFn: ({ signal }) => api.get(`/clearance/drafts/${encodeURIComponent(id)}`, clearanceDraftSchema, { signal }),
  });

/**
 * Names of the fee directory's items by id, to label links to them. Read from the portal API (the fee
 * module is never imported); without them the links still work, labelled by id.
 */
export const feeNamesQuery = (api: ApiClient) =>
  queryOptions({
    queryKey: ['fees', 'names'],
    staleTime: 10 * 60_000,
    retry: false,
    queryFn: ({ signal }) => api.get('/fees', feeListResponseSchema, { signal }),
    select: (list) => new Map(list.items.map((item) => [item.id, item.name])),
  });
