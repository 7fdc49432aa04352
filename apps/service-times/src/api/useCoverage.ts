import { useQuery } from '@tanstack/react-query';
import { coverageResponseSchema } from '@sw/contracts';
import { useApi } from '@sw/module-kit';
import { serviceTimesKeys } from './keys.ts';

export function useCoverage() {
  const api = useApi();
  return useQuery({
    queryKey: serviceTimesKeys.coverage(),
    queryFn: ({ signal }) => api.get('/service-times/coverage', coverageResponseSchema, { signal }),
  });
}
