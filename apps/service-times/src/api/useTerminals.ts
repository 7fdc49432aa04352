import { useQuery } from '@tanstack/react-query';
import { terminalListResponseSchema } from '@sw/contracts';
import { useApi } from '@sw/module-kit';
import { serviceTimesKeys } from './keys.ts';

/** Every container terminal (a handful): fetched once and shared by every page. */
export function useTerminals() {
  const api = useApi();
  return useQuery({
    queryKey: serviceTimesKeys.terminals(),
    queryFn: ({ signal }) => api.get('/service-times/terminals', terminalListResponseSchema, { signal }),
    staleTime: 10 * 60_000,
  });
}
