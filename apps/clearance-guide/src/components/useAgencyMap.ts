import { useMemo } from 'react';
import type { ClearanceAgency } from '@sw/contracts';
import { useAgencies } from '../api/useProcedures.ts';

/** The agencies by id (empty until loaded: steps then name their agency by id). */
export function useAgencyMap(): ReadonlyMap<string, ClearanceAgency> {
  const agencies = useAgencies();
  return useMemo(() => new Map((agencies.data?.items ?? []).map((agency) => [agency.id, agency])), [agencies.data]);
}
