import { useQuery } from '@tanstack/react-query';
import { standardHistoryResponseSchema, type ServiceOperation } from '@sw/contracts';
import { useApi } from '@sw/module-kit';
import { serviceTimesKeys } from './keys.ts';

/** Every version of one standard, newest first; asked for only when someone opens the history. */
export function useStandardHistory(terminalId: string, operation: ServiceOperation | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: serviceTimesKeys.history(terminalId, operation ?? ''),
    queryFn: ({ signal }) =>
      api.get(
        `/service-times/terminals/${encodeURIComponent(terminalId)}/standards/${operation}/history`,
        standardHistoryResponseSchema,
        { signal },
      ),
    enabled: operation !== undefined,
  });
}
