import { useQuery } from '@tanstack/react-query';
import { feeListResponseSchema } from '@sw/contracts';
import { useApi } from '@sw/module-kit';
import { feeKeys } from './queryKeys.ts';

export const feesQueryKey = feeKeys.list;

/**
 * The whole published catalogue, fetched once: search and filters run in the browser over a
 * memoised index, so each keystroke updates the table without a round trip.
 */
export function useFees() {
  const api = useApi();
  return useQuery({
    queryKey: feeKeys.list,
    queryFn: ({ signal }) => api.get('/fees', feeListResponseSchema, { signal }),
  });
}
