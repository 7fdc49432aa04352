import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { FeeListResponse } from '@sw/contracts';
import { useApi } from '@sw/module-kit';
import { feeHistoryQuery, feeItemQuery } from './queries.ts';
import { feeKeys } from './queryKeys.ts';

/** One item, shown at once from the loaded catalogue when it is there, then refreshed. */
export function useFeeItem(id: string) {
  const api = useApi();
  const client = useQueryClient();
  const listed = client.getQueryData<FeeListResponse>(feeKeys.list)?.items.find((item) => item.id === id);
  return useQuery(feeItemQuery(api, id, listed));
}

export function useFeeHistory(id: string) {
  return useQuery(feeHistoryQuery(useApi(), id));
}
