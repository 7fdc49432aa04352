import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  clearanceDraftSchema,
  type ClearanceDraft,
  type DraftCreateRequest,
  type DraftReviewRequest,
  type DraftUpdateRequest,
} from '@sw/contracts';
import { useApi, useSession } from '@sw/module-kit';
import { clearanceKeys, draftQuery, draftsQuery } from './queries.ts';

/** The proposals the signed-in user may see (own agency's, or all for the single-window team). */
export function useDrafts() {
  return useQuery(draftsQuery(useApi(), useSession()?.id));
}

export function useDraft(id: string) {
  return useQuery(draftQuery(useApi(), id));
}

/** After a write: the proposal itself, the lists, and (once approved) the published procedures. */
function useRefresh() {
  const client = useQueryClient();
  return (draft: ClearanceDraft) => {
    client.setQueryData(clearanceKeys.draft(draft.id), draft);
    void client.invalidateQueries({ queryKey: clearanceKeys.drafts });
    if (draft.status === 'approved') {
      void client.invalidateQueries({ queryKey: clearanceKeys.procedures });
      void client.invalidateQueries({ queryKey: ['clearance', 'procedure', draft.procedureId] });
      void client.invalidateQueries({ queryKey: clearanceKeys.versions(draft.procedureId) });
    }
  };
}

export function useCreateDraft() {
  const api = useApi();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: DraftCreateRequest; idempotencyKey: string }) =>
      api.post('/clearance/drafts', clearanceDraftSchema, { body, idempotencyKey }),
    onSuccess: refresh,
  });
}

export function useUpdateDraft(id: string) {
  const api = useApi();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: DraftUpdateRequest) =>
      api.put(`/clearance/drafts/${encodeURIComponent(id)}`, clearanceDraftSchema, { body }),
    onSuccess: refresh,
  });
}

export function useSubmitDraft(id: string) {
  const api = useApi();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: () => api.post(`/clearance/drafts/${encodeURIComponent(id)}/submit`, clearanceDraftSchema),
    onSuccess: refresh,
  });
}

export function useReviewDraft(id: string) {
  const api = useApi();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: DraftReviewRequest) =>
      api.post(`/clearance/drafts/${encodeURIComponent(id)}/review`, clearanceDraftSchema, { body }),
    onSuccess: refresh,
  });
}
