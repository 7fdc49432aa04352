import { useMutation, useQueryClient } from '@tanstack/react-query';
import { serviceStandardSchema, type StandardPublishRequestInput } from '@sw/contracts';
import { useApi } from '@sw/module-kit';
import { serviceTimesKeys } from './keys.ts';

/**
 * Publishes a new version of a terminal's standard. The idempotency key is made once per form
 * submission by the caller, so a retry after a lost answer cannot publish twice.
 */
export function usePublishStandard(terminalId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: StandardPublishRequestInput; idempotencyKey: string }) =>
      api.post(`/service-times/terminals/${encodeURIComponent(terminalId)}/standards`, serviceStandardSchema, {
        body,
        idempotencyKey,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: serviceTimesKeys.all }),
  });
}
