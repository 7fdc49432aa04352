import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import {
  actualsListResponseSchema,
  coverageResponseSchema,
  standardListResponseSchema,
  terminalListResponseSchema,
} from '@sw/contracts';
import type { ApiClient } from '@sw/api-client';
import { serviceTimesKeys } from './keys.ts';

/**
 * The module's reads, one options factory each: the hooks use them, and so does the prefetch at mount
 * (routing/prefetchPage.ts), so a prefetched query is the very one the page then shows.
 */

/** Every container terminal (a handful): fetched once and shared by every page. */
export const terminalsQuery = (api: ApiClient) =>
  queryOptions({
    queryKey: serviceTimesKeys.terminals(),
    queryFn: ({ signal }) => api.get('/service-times/terminals', terminalListResponseSchema, { signal }),
    staleTime: 10 * 60_000,
  });

/** Which terminals have reported which months. */
export const coverageQuery = (api: ApiClient) =>
  queryOptions({
    queryKey: serviceTimesKeys.coverage(),
    queryFn: ({ signal }) => api.get('/service-times/coverage', coverageResponseSchema, { signal }),
  });

/** Every standard in force or scheduled (a few dozen): the comparison and terminal pages filter it. */
export const standardsQuery = (api: ApiClient) =>
  queryOptions({
    queryKey: serviceTimesKeys.standards(),
    queryFn: ({ signal }) => api.get('/service-times/standards', standardListResponseSchema, { signal }),
  });

export interface ActualsFilter {
  /** One terminal, or every terminal when absent. */
  terminal?: string;
  /** First and last month, YYYY-MM, inclusive. */
  from?: string;
  to?: string;
}

/** Reported months with their commitment; the previous answer stays on screen while a new range loads. */
export const actualsQuery = (api: ApiClient, filter: ActualsFilter) =>
  queryOptions({
    queryKey: serviceTimesKeys.actuals(filter),
    queryFn: ({ signal }) =>
      api.get('/service-times/actuals', actualsListResponseSchema, { signal, query: { ...filter } }),
    placeholderData: keepPreviousData,
  });
