import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { usageImportResultSchema, type UsageImportRequest, type UsageRevisionsQuery } from '@sw/contracts';
import { useApi, useSession } from '@sw/module-kit';
import { clearanceTimesQuery, figuresQuery, portsQuery, revisionsQuery, usageImportsQuery } from './queries.ts';

/** Every figure, fetched once: see `figuresQuery`. */
export function useUsageFigures() {
  return useQuery(figuresQuery(useApi()));
}

export function useClearanceTimes() {
  return useQuery(clearanceTimesQuery(useApi()));
}

/** Ports with their names and kinds (sea, air, road, rail), for scope, labels and upload checks. */
export function usePorts() {
  return useQuery(portsQuery(useApi()));
}

/** One figure's versions, loaded when its history is opened. */
export function useRevisions(key: UsageRevisionsQuery | undefined) {
  return useQuery(revisionsQuery(useApi(), key));
}

/** The latest uploads; only the single-window team (admin) may list them. */
export function useUsageImports() {
  return useQuery(usageImportsQuery(useApi(), useSession()));
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
