import { useQuery } from '@tanstack/react-query';
import { standardListResponseSchema } from '@sw/contracts';
import { useApi } from '@sw/module-kit';
import { serviceTimesKeys } from './keys.ts';

/** Every standard in force or scheduled (a few dozen): the comparison and terminal pages filter it. */
export function useStandards() {
  const api = useApi();
  return useQuery({
    queryKey: serviceTimesKeys.standards(),
    queryFn: ({ signal }) => api.get('/service-times/standards', standardListResponseSchema, { signal }),
  });
}
