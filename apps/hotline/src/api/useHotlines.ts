import { useQuery } from '@tanstack/react-query';
import { useApi } from '@sw/module-kit';
import { hotlinesQuery } from './queries.ts';

/** The hotline directory (it changes rarely: kept for the session). */
export function useHotlines() {
  return useQuery(hotlinesQuery(useApi()));
}
