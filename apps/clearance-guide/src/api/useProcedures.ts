import { useQuery } from '@tanstack/react-query';
import { useApi } from '@sw/module-kit';
import { agenciesQuery, benchmarksQuery, procedureQuery, proceduresQuery, versionsQuery } from './queries.ts';

/** Every published procedure (without steps): few enough that filters run in the browser. */
export function useProcedures() {
  return useQuery(proceduresQuery(useApi()));
}

/** One procedure with its steps: the public version, or an earlier one. */
export function useProcedure(id: string | undefined, version?: number) {
  return useQuery(procedureQuery(useApi(), id, version));
}

export function useVersions(id: string) {
  return useQuery(versionsQuery(useApi(), id));
}

export function useAgencies() {
  return useQuery(agenciesQuery(useApi()));
}

export function useBenchmarks() {
  return useQuery(benchmarksQuery(useApi()));
}
