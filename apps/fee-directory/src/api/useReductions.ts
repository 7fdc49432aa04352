import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { feeReductionListSchema } from '@sw/contracts';
import { useApi } from '@sw/module-kit';
import { feeKeys } from './queryKeys.ts';

/** Every cut and abolition since a date (newest first). */
export function useReductions(since: string) {
  const api = useApi();
  return useQuery({
    queryKey: feeKeys.reductions(since),
    queryFn: ({ signal }) => api.get('/fees/reductions', feeReductionListSchema, { signal, query: { since } }),
    placeholderData: keepPreviousData,
  });
}
