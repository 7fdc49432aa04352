import { useQuery } from '@tanstack/react-query';
import { useApi } from '@sw/module-kit';
import { standardsQuery } from './queries.ts';

export function useStandards() {
  return useQuery(standardsQuery(useApi()));
}
