import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  complaintSchema,
  type Complaint,
  type ComplaintAssignRequest,
  type ComplaintCloseRequest,
  type ComplaintListQuery,
  type ComplaintReplyRequest,
  type ComplaintRerouteRequest,
  type ComplaintStatsQuery,
} from '@sw/contracts';
import { useApi } from '@sw/module-kit';
import { complaintQuery, complaintQueueQuery, complaintStaffQuery, complaintStatsQuery, STAFF_KEY } from './queries.ts';

/** The triage queue page for a query (personal data masked by the API). */
export function useComplaintQueue(query: ComplaintListQuery) {
  return useQuery(complaintQueueQuery(useApi(), query));
}

export function useComplaint(id: string) {
  return useQuery(complaintQuery(useApi(), id));
}

export function useComplaintStaff() {
  return useQuery(complaintStaffQuery(useApi()));
}

export function useComplaintStats(query: ComplaintStatsQuery) {
  return useQuery(complaintStatsQuery(useApi(), query));
}

export type ComplaintStep =
  | { kind: 'assign'; body: ComplaintAssignRequest }
  | { kind: 'reroute'; body: ComplaintRerouteRequest }
  | { kind: 'reply'; body: ComplaintReplyRequest }
  | { kind: 'close'; body: ComplaintCloseRequest };

const STEP_PATHS: Record<ComplaintStep['kind'], string> = {
  assign: 'assign',
  reroute: 'reroute',
  reply: 'replies',
  close: 'close',
};

/** One workflow step on a ticket; the ticket, queue and statistics are refreshed after it. */
export function useComplaintStep(id: string) {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (step: ComplaintStep) =>
      api.post(`/complaints/${encodeURIComponent(id)}/${STEP_PATHS[step.kind]}`, complaintSchema, { body: step.body }),
    onSuccess: (ticket: Complaint) => {
      client.setQueryData(complaintQuery(api, id).queryKey, ticket);
      void client.invalidateQueries({ queryKey: STAFF_KEY });
    },
  });
}
