import { useQuery } from '@tanstack/react-query';
import { organisationSchema } from '@sw/contracts';
import { useApi } from '@sw/module-kit';

/** The charging bodies (an admin picks one to act for). */
export function useOrganisations(enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: ['organisations'],
    queryFn: ({ signal }) => api.get('/organisations', organisationSchema.array(), { signal }),
    enabled,
    staleTime: Infinity,
  });
}
