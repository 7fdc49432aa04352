import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  feeImportResultSchema,
  feeItemSchema,
  type FeeCreateRequestInput,
  type FeeImportRequestInput,
  type FeeUpdateRequest,
} from '@sw/contracts';
import { useApi } from '@sw/module-kit';
import { useIdempotencyKey } from './useIdempotencyKey.ts';
import { feeKeys } from './queryKeys.ts';

function useRefresh() {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: feeKeys.all });
}

export function useCreateFee() {
  const api = useApi();
  const refresh = useRefresh();
  const key = useIdempotencyKey();
  return useMutation({
    mutationFn: (body: FeeCreateRequestInput) =>
      api.post('/fees', feeItemSchema, { body, idempotencyKey: key.current() }),
    onSuccess: () => {
      key.renew();
      refresh();
    },
  });
}

export function useUpdateFee() {
  const api = useApi();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: FeeUpdateRequest }) =>
      api.patch(`/fees/${encodeURIComponent(id)}`, feeItemSchema, { body }),
    onSuccess: refresh,
  });
}

export function useWithdrawPendingChange() {
  const api = useApi();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/fees/${encodeURIComponent(id)}/pending-change`, feeItemSchema),
    onSuccess: refresh,
  });
}

export function useImportFees() {
  const api = useApi();
  const refresh = useRefresh();
  const key = useIdempotencyKey();
  return useMutation({
    mutationFn: (body: FeeImportRequestInput) =>
      api.post('/fees/import', feeImportResultSchema, { body, idempotencyKey: key.current() }),
    onSuccess: () => {
      key.renew();
      refresh();
    },
  });
}
