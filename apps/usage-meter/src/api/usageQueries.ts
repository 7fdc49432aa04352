import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  portSchema,
  usageClearanceTimesResponseSchema,
  usageFiguresResponseSchema,
  usageImportListResponseSchema,
  usageImportResultSchema,
  usageRevisionsResponseSchema,
  type UsageImportRequest,
  type UsageRevisionsQuery,
} from '@sw/contracts';
import { useApi, useSession } from '@sw/module-kit';

export const usageKeys = {
  figures: ['usage', 'figures'] as const,
  clearance: ['usage', 'clearance-times'] as const,
  ports: ['ports'] as const,
  revisions: (key: UsageRevisionsQuery) => ['usage', 'revisions', key.business, key.port, key.month] as const,
  imports: ['usage', 'imports'] as const,
};

/**
 * Every figure, fetched once (about 1,500 rows, some 20 KB compressed): scope, league table and
 * projection are computed in the browser, so drilling down never waits for the network.
 */
export function useUsageFigures() {
  const api = useApi();
  return useQuery({
    queryKey: usageKeys.figures,
    queryFn: ({ signal }) => api.get('/usage/figures', usageFiguresResponseSchema, { signal }),
  });
}

export function useClearanceTimes() {
  const api = useApi();
  return useQuery({
    queryKey: usageKeys.clearance,
    queryFn: ({ signal }) => api.get('/usage/clearance-times', usageClearanceTimesResponseSchema, { signal }),
  });
}

/** Ports with their names and kinds (sea, air, road, rail), for scope, labels and upload checks. */
export function usePorts() {
  const api = useApi();
  return useQuery({
    queryKey: usageKeys.ports,
    queryFn: ({ signal }) => api.get('/ports', portSchema.array(), { signal }),
    staleTime: Infinity,
  });
}

/** One figure's versions, loaded when its history is opened. */
export function useRevisions(key: UsageRevisionsQuery | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: key ? usageKeys.revisions(key) : ['usage', 'revisions', 'none'],
    queryFn: ({ signal }) => api.get('/usage/revisions', usageRevisionsResponseSchema, { query: { ...key! }, signal }),
    enabled: key !== undefined,
  });
}

/** The latest uploads; only the single-window team (admin) may list them. */
export function useUsageImports() {
  const api = useApi();
  const user = useSession();
  return useQuery({
    queryKey: [...usageKeys.imports, user?.id],
    queryFn: ({ signal }) => api.get('/usage/imports', usageImportListResponseSchema, { signal }),
    enabled: user?.role === 'admin',
  });
}

/** Asks the API what an upload would change (new, correction, unchanged), writing nothing. */
export function usePreviewImport() {
  const api = useApi();
  return useMutation({
    mutationFn: (request: UsageImportRequest) =>
      api.post('/usage/imports/preview', usageImportResultSchema, { body: request }),
  });
}

/** Writes an upload; the key makes a repeated click or a retry write it once. */
export function useImportUsage() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ request, idempotencyKey }: { request: UsageImportRequest; idempotencyKey: string }) =>
      api.post('/usage/imports', usageImportResultSchema, { body: request, idempotencyKey }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['usage'] }),
  });
}
