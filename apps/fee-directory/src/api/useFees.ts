import { useQuery } from '@tanstack/react-query';
import { useApi } from '@sw/module-kit';
import { feesQuery } from './queries.ts';

/**
 * The whole published catalogue, fetched once: search and filters run in the browser over a
 * memoised index, so each keystroke updates the table without a round trip.
 */
export function useFees() {
  return useQuery(feesQuery(useApi()));
}
