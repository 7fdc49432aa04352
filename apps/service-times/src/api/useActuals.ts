import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { actualsListResponseSchema } from '@sw/contracts';
import { useApi } from '@sw/module-kit';
import { serviceTimesKeys } from './keys.ts';

export interface ActualsFilter {
  /** One terminal, or every terminal when absent. */
  terminal?: string;
  /** First and last month, YYYY-MM, inclusive. */
  from?: string;
  to?: string;
}

/** Reported months with their commitment; the previous answer stays on screen while a new range loads. */
export function useActuals(filter: ActualsFilter) {
  const api = useApi();
  return useQuery({
    queryKey: serviceTimesKeys.actuals(filter),
    queryFn: ({ signal }) =>
      api.get('/service-times/actuals', actualsListResponseSchema, { signal, query: { ...filter } }),
    placeholderData: keepPreviousData,
  });
}
