import { useQuery } from '@tanstack/react-query';
import { useApi } from '@sw/module-kit';
import { actualsQuery, type ActualsFilter } from './queries.ts';

export function useActuals(filter: ActualsFilter) {
  return useQuery(actualsQuery(useApi(), filter));
}
