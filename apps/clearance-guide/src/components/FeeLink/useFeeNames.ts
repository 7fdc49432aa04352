import { useQuery } from '@tanstack/react-query';
import { feeListResponseSchema, type LocalizedText } from '@sw/contracts';
import { useApi } from '@sw/module-kit';

/**
 * Names of the fee directory's items, to label links to them. Read from the portal API (the fee
 * module is never imported); without them the links still work, labelled by id.
 */
export function useFeeNames(enabled: boolean): Map<string, LocalizedText> | undefined {
  const api = useApi();
  const { data } = useQuery({
    queryKey: ['fees', 'names'],
    enabled,
    staleTime: 10 * 60_000,
    retry: false,
    queryFn: ({ signal }) => api.get('/fees', feeListResponseSchema, { signal }),
    select: (list) => new Map(list.items.map((item) => [item.id, item.name])),
  });
  return data;
}
