import { queryOptions } from '@tanstack/react-query';
import {
  complaintListQueryToSearchParams,
  complaintListResponseSchema,
  complaintSchema,
  complaintStaffListResponseSchema,
  complaintStatsSchema,
  hotlineListResponseSchema,
  type ComplaintListQuery,
  type ComplaintStatsQuery,
} from '@sw/contracts';
import type { ApiClient } from '@sw/api-client';

/**
 * The module's reads, one options factory each: the hooks use them, and so does the prefetch at mount
 * (navigation/prefetchPage.ts), so a prefetched query is the very one the page then shows.
 */

/** The hotline directory (it changes rarely: kept for the session). */
export const hotlinesQuery = (api: ApiClient) =>
  queryOptions({
    queryKey: ['hotlines'],
    queryFn: ({ signal }) => api.get('/hotlines', hotlineListResponseSchema, { signal }),
    staleTime: Infinity,
  });

/** Every staff query starts with this key, so a step on a ticket refreshes the queue and statistics. */
export const STAFF_KEY = ['complaints'] as const;

/** The triage queue page for a query (personal data masked by the API). */
export const complaintQueueQuery = (api: ApiClient, query: ComplaintListQuery) =>
  queryOptions({
    queryKey: [...STAFF_KEY, 'list', query],
    queryFn: ({ signal }) =>
      api.get('/complaints', complaintListResponseSchema, {
        query: Object.fromEntries(complaintListQueryToSearchParams(query)),
        signal,
      }),
    placeholderData: (previous) => previous,
    staleTime: 15_000,
  });

/** One ticket in full, for staff of its unit. */
export const complaintQuery = (api: ApiClient, id: string) =>
  queryOptions({
    queryKey: [...STAFF_KEY, 'ticket', id],
    queryFn: ({ signal }) => api.get(`/complaints/${encodeURIComponent(id)}`, complaintSchema, { signal }),
  });

/** Who can be assigned, with their units. */
export const complaintStaffQuery = (api: ApiClient) =>
  queryOptions({
    queryKey: [...STAFF_KEY, 'staff'],
    queryFn: ({ signal }) => api.get('/complaints/staff', complaintStaffListResponseSchema, { signal }),
    staleTime: 5 * 60_000,
  });

/** Tickets per month, category and unit from a month on. */
export const complaintStatsQuery = (api: ApiClient, query: ComplaintStatsQuery) =>
  queryOptions({
    queryKey: [...STAFF_KEY, 'stats', query],
    queryFn: ({ signal }) => api.get('/complaints/stats', complaintStatsSchema, { query: { ...query }, signal }),
    placeholderData: (previous) => previous,
  });
