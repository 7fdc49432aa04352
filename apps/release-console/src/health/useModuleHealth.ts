import { useQuery } from '@tanstack/react-query';
import { releaseKeys } from '../api/keys.ts';
import { probeModule, type ProbeTarget } from './probeModule.ts';

/** The health of one module version, probed from this browser; refetched on demand. */
export function useModuleHealth(target: ProbeTarget) {
  return useQuery({
    queryKey: releaseKeys.health(target.entry),
    queryFn: () => probeModule(target),
    staleTime: 60_000,
    retry: false,
  });
}
