import { useQuery } from '@tanstack/react-query';
import { hotlineListResponseSchema } from '@sw/contracts';
import { useApi } from '@sw/module-kit';

/** The hotline directory (it changes rarely: kept for the session). */
export function useHotlines() {
  const api = useApi();
  return useQuery({
    queryKey: ['hotlines'],
    queryFn: ({ signal }) => api.get('/hotlines', hotlineListResponseSchema, { signal }),
    staleTime: Infinity,
  });
}
