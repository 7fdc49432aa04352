import { useQuery } from '@tanstack/react-query';
import { useApi } from '@sw/module-kit';
import { organisationsQuery } from './queries.ts';

/** The charging bodies (an admin picks one to act for). */
export function useOrganisations(enabled: boolean) {
  return useQuery({ ...organisationsQuery(useApi()), enabled });
}
