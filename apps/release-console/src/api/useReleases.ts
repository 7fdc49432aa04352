import { useQuery } from '@tanstack/react-query';
import {
  releaseDetailSchema,
  releaseDiffSchema,
  releaseHistoryResponseSchema,
  releaseOverviewSchema,
  releaseValidationSchema,
  type ReleaseChannel,
} from '@sw/contracts';
import { useApi } from '@sw/module-kit';
import { releaseKeys } from './keys.ts';

/** The channels and every stored release. */
export function useOverview(enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: releaseKeys.overview,
    queryFn: ({ signal }) => api.get('/releases', releaseOverviewSchema, { signal }),
    enabled,
  });
}

export function useChannel(channel: ReleaseChannel, enabled = true) {
  const overview = useOverview(enabled);
  return { ...overview, state: overview.data?.channels.find((c) => c.channel === channel) };
}

export function useHistory(enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: releaseKeys.history,
    queryFn: ({ signal }) => api.get('/releases/history?limit=200', releaseHistoryResponseSchema, { signal }),
    enabled,
  });
}

/** One release with its entries as browsers load them. */
export function useRelease(id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: releaseKeys.release(id ?? ''),
    queryFn: ({ signal }) => api.get(`/releases/${encodeURIComponent(id!)}`, releaseDetailSchema, { signal }),
    enabled: Boolean(id),
    select: (detail) => detail.manifest,
  });
}

/** The validation report, computed by the server now (files may change after a compose). */
export function useValidation(id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: releaseKeys.validation(id ?? ''),
    queryFn: ({ signal }) =>
      api.get(`/releases/${encodeURIComponent(id!)}/validation`, releaseValidationSchema, { signal }),
    enabled: Boolean(id),
  });
}

export function useDiff(from: string | undefined, to: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: releaseKeys.diff(from ?? '', to ?? ''),
    queryFn: ({ signal }) =>
      api.get(`/releases/diff?${new URLSearchParams({ from: from!, to: to! })}`, releaseDiffSchema, { signal }),
    enabled: Boolean(from && to && from !== to),
  });
}
