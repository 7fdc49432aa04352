import { useMutation, useQueryClient } from '@tanstack/react-query';
import { releaseChannelStateSchema, type ReleaseChangeRequest } from '@sw/contracts';
import { useApi } from '@sw/module-kit';
import { releaseKeys } from './keys.ts';

/**
 * Promote (a staged release goes live) or roll back (production goes back to an earlier one). The
 * request carries the production revision the user saw; whatever the answer, every view refetches
 * so a conflict shows the state that won.
 */
export function useProductionChange(action: 'promote' | 'rollback') {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ReleaseChangeRequest) => api.post(`/releases/${action}`, releaseChannelStateSchema, { body }),
    onSettled: () => client.invalidateQueries({ queryKey: releaseKeys.all }),
  });
}
