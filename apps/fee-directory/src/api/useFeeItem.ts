import { useQuery, useQueryClient } from '@tanstack/react-query';
import { feeHistoryResponseSchema, feeItemSchema, type FeeListResponse } from '@sw/contracts';
import { useApi } from '@sw/module-kit';
import { feeKeys } from './queryKeys.ts';

/** One item, shown at once from the loaded catalogue when it is there, then refreshed. */
export function useFeeItem(id: string) {
  const api = useApi();
  const client = useQueryClient();
  const listed = client.getQueryData<FeeListResponse>(feeKeys.list)?.items.find((item) => item.id === id);
  return useQuery({
    queryKey: feeKeys.item(id),
    queryFn: ({ signal }) => api.get(`/fees/${encodeURIComponent(id)}`, feeItemSchema, { signal }),
    placeholderData: listed,
  });
}

export function useFeeHistory(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: feeKeys.history(id),
    queryFn: ({ signal }) => api.get(`/fees/${encodeURIComponent(id)}/history`, feeHistoryResponseSchema, { signal }),
  });
}
