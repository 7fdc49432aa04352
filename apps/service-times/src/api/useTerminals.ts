import { useQuery } from '@tanstack/react-query';
import { useApi } from '@sw/module-kit';
import { terminalsQuery } from './queries.ts';

export function useTerminals() {
  return useQuery(terminalsQuery(useApi()));
}
