import { useQuery } from '@tanstack/react-query';
import type { LocalizedText } from '@sw/contracts';
import { useApi } from '@sw/module-kit';
import { feeNamesQuery } from '../../api/queries.ts';

/**
 * Names of the fee directory's items, to label links to them. Read from the portal API (the fee
 * module is never imported); without them the links still work, labelled by id.
 */
export function useFeeNames(enabled: boolean): Map<string, LocalizedText> | undefined {
  const { data } = useQuery({ ...feeNamesQuery(useApi()), enabled });
  return data;
}
