import { useQueries } from '@tanstack/react-query';
import { standardHistoryResponseSchema, type ServiceOperation, type StandardVersion } from '@sw/contracts';
import { useApi } from '@sw/module-kit';
import { serviceTimesKeys } from './keys.ts';

/**
 * Every version of a terminal's standards (the histories of its operations), for checking uploaded
 * months against the commitment in force at the time, as the API does.
 */
export function useStandardVersions(terminalId: string, operations: readonly ServiceOperation[]) {
  const api = useApi();
  return useQueries({
    queries: operations.map((operation) => ({
      queryKey: serviceTimesKeys.history(terminalId, operation),
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        api.get(
          `/service-times/terminals/${encodeURIComponent(terminalId)}/standards/${operation}/history`,
          standardHistoryResponseSchema,
          { signal },
        ),
    })),
    combine: (results) => ({
      versions: results.every((r) => r.data)
        ? results.flatMap((r) => r.data!.items.map(({ status: _status, ...version }): StandardVersion => version))
        : undefined,
      error: results.find((r) => r.isError)?.error,
      refetch: () => results.forEach((r) => void r.refetch()),
    }),
  });
}
