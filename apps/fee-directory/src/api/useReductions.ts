import { useQuery } from '@tanstack/react-query';
import { useApi } from '@sw/module-kit';
import { reductionsQuery } from './queries.ts';

/** Every cut and abolition since a date (newest first). */
export function useReductions(since: string) {
  return useQuery(reductionsQuery(useApi(), since));
}
