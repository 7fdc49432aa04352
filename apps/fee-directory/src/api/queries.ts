import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import {
  feeHistoryResponseSchema,
  feeItemSchema,
  feeListResponseSchema,
  feeReductionListSchema,
  objectionListResponseSchema,
  organisationSchema,
  type FeeItem,
  type ObjectionStatus,
} from '@sw/contracts';
import type { ApiClient } from '@sw/api-client';
import { feeKeys } from './queryKeys.ts';

/**
 * The module's reads, one options factory each: the hooks use them, and so does the prefetch at mount
 * (navigation/prefetchPage.ts), so a prefetched query is the very one the page then shows.
 */

/**
 * The whole published catalogue, fetched once: search and filters run in the browser over a
 * memoised index, so each keystroke updates the table without a round trip.
 */
export const feesQuery = (api: ApiClient) =>
  queryOptions({
    queryKey: feeKeys.list,
    queryFn: ({ signal }) => api.get('/fees', feeListResponseSchema, { signal }),
  });

/** One item; `listed` (the item from the loaded catalogue, if any) is shown until the answer comes. */
export const feeItemQuery = (api: ApiClient, id: string, listed?: FeeItem) =>
  queryOptions({
    queryKey: feeKeys.item(id),
    queryFn: ({ signal }) => api.get(`/fees/${encodeURIComponent(id)}`, feeItemSchema, { signal }),
    placeholderData: listed,
  });

/** Every change of one item. */
export const feeHistoryQuery = (api: ApiClient, id: string) =>
  queryOptions({
    queryKey: feeKeys.history(id),
    queryFn: ({ signal }) => api.get(`/fees/${encodeURIComponent(id)}/history`, feeHistoryResponseSchema, { signal }),
  });

/** Every cut and abolition since a date (newest first); the previous answer stays while a new date loads. */
export const reductionsQuery = (api: ApiClient, since: string) =>
  queryOptions({
    queryKey: feeKeys.reductions(since),
    queryFn: ({ signal }) => api.get('/fees/reductions', feeReductionListSchema, { signal, query: { since } }),
    placeholderData: keepPreviousData,
  });

/** Objections to one item (for its operator and the regulator). */
export const feeObjectionsQuery = (api: ApiClient, feeId: string) =>
  queryOptions({
    queryKey: feeKeys.objectionsOf(feeId),
    queryFn: ({ signal }) =>
      api.get(`/fees/${encodeURIComponent(feeId)}/objections`, objectionListResponseSchema, { signal }),
  });

/** The regulator's queue of objections with one status, or all. */
export const objectionQueueQuery = (api: ApiClient, status: ObjectionStatus | 'all') =>
  queryOptions({
    queryKey: feeKeys.objectionQueue(status),
    queryFn: ({ signal }) =>
      api.get('/objections', objectionListResponseSchema, {
        signal,
        query: { status: status === 'all' ? undefined : status },
      }),
  });

/** The charging bodies (an admin picks one to act for); they hardly ever change. */
export const organisationsQuery = (api: ApiClient) =>
  queryOptions({
    queryKey: ['organisations'],
    queryFn: ({ signal }) => api.get('/organisations', organisationSchema.array(), { signal }),
    staleTime: Infinity,
  });
