import { useMutation, useQueryClient } from '@tanstack/react-query';
import { actualsUploadResponseSchema, type ActualsRow } from '@sw/contracts';
import { useApi } from '@sw/module-kit';
import { serviceTimesKeys } from './keys.ts';

/** Uploads a terminal's monthly actuals; all rows are written or none. */
export function useUploadActuals(terminalId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ rows, idempotencyKey }: { rows: ActualsRow[]; idempotencyKey: string }) =>
      api.post(`/service-times/terminals/${encodeURIComponent(terminalId)}/actuals`, actualsUploadResponseSchema, {
        body: { rows },
        idempotencyKey,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: serviceTimesKeys.all }),
  });
}
