import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  objectionSchema,
  type ObjectionCreateRequest,
  type ObjectionResolveRequest,
  type ObjectionStatus,
} from '@sw/contracts';
import { useApi } from '@sw/module-kit';
import { feeObjectionsQuery, objectionQueueQuery } from './queries.ts';
import { useIdempotencyKey } from './useIdempotencyKey.ts';
import { feeKeys } from './queryKeys.ts';

/** Objections to one item (its operator, the regulator); off for others. */
export function useFeeObjections(feeId: string, enabled: boolean) {
  return useQuery({ ...feeObjectionsQuery(useApi(), feeId), enabled });
}

/** The regulator's queue. */
export function useObjectionQueue(status: ObjectionStatus | 'all') {
  return useQuery(objectionQueueQuery(useApi(), status));
}

export function useLodgeObjection(feeId: string) {
  const api = useApi();
  const client = useQueryClient();
  const key = useIdempotencyKey();
  return useMutation({
    mutationFn: (body: ObjectionCreateRequest) =>
      api.post(`/fees/${encodeURIComponent(feeId)}/objections`, objectionSchema, {
        body,
        idempotencyKey: key.current(),
      }),
    onSuccess: () => {
      key.renew();
      void client.invalidateQueries({ queryKey: feeKeys.all });
    },
  });
}

export function useDecideObjection() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision }: { id: string; decision: ObjectionResolveRequest }) =>
      api.patch(`/objections/${encodeURIComponent(id)}`, objectionSchema, { body: decision }),
    onSuccess: () => void client.invalidateQueries({ queryKey: feeKeys.all }),
  });
}
