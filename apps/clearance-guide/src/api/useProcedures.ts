import { useQuery } from '@tanstack/react-query';
import {
  agencyListResponseSchema,
  benchmarkListResponseSchema,
  clearanceProcedureSchema,
  procedureListResponseSchema,
  procedureVersionListSchema,
} from '@sw/contracts';
import { useApi } from '@sw/module-kit';

export const clearanceKeys = {
  all: ['clearance'] as const,
  procedures: ['clearance', 'procedures'] as const,
  procedure: (id: string, version?: number) => ['clearance', 'procedure', id, version ?? 'current'] as const,
  versions: (id: string) => ['clearance', 'versions', id] as const,
  agencies: ['clearance', 'agencies'] as const,
  benchmarks: ['clearance', 'benchmarks'] as const,
  drafts: ['clearance', 'drafts'] as const,
  draft: (id: string) => ['clearance', 'drafts', id] as const,
};

/** Every published procedure (without steps): few enough that filters run in the browser. */
export function useProcedures() {
  const api = useApi();
  return useQuery({
    queryKey: clearanceKeys.procedures,
    queryFn: ({ signal }) => api.get('/clearance/procedures', procedureListResponseSchema, { signal }),
  });
}

/** One procedure with its steps: the public version, or an earlier one. */
export function useProcedure(id: string | undefined, version?: number) {
  const api = useApi();
  return useQuery({
    queryKey: clearanceKeys.procedure(id ?? '', version),
    enabled: Boolean(id),
    queryFn: ({ signal }) =>
      api.get(
        version
          ? `/clearance/procedures/${encodeURIComponent(id!)}/versions/${version}`
          : `/clearance/procedures/${encodeURIComponent(id!)}`,
        clearanceProcedureSchema,
        { signal },
      ),
  });
}

export function useVersions(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: clearanceKeys.versions(id),
    queryFn: ({ signal }) =>
      api.get(`/clearance/procedures/${encodeURIComponent(id)}/versions`, procedureVersionListSchema, { signal }),
  });
}

export function useAgencies() {
  const api = useApi();
  return useQuery({
    queryKey: clearanceKeys.agencies,
    queryFn: ({ signal }) => api.get('/clearance/agencies', agencyListResponseSchema, { signal }),
    staleTime: Infinity,
  });
}

export function useBenchmarks() {
  const api = useApi();
  return useQuery({
    queryKey: clearanceKeys.benchmarks,
    queryFn: ({ signal }) => api.get('/clearance/benchmarks', benchmarkListResponseSchema, { signal }),
    staleTime: Infinity,
  });
}
