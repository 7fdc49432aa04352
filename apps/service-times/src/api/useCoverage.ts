import { useQuery } from '@tanstack/react-query';
import { useApi } from '@sw/module-kit';
import { coverageQuery } from './queries.ts';

export function useCoverage() {
  return useQuery(coverageQuery(useApi()));
}
