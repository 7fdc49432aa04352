import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  complaintListQueryToSearchParams,
  complaintListResponseSchema,
  complaintSchema,
  complaintStaffListResponseSchema,
  complaintStatsSchema,
  type Complaint,
  type ComplaintAssignRequest,
  type ComplaintCloseRequest,
  type ComplaintListQuery,
  type ComplaintReplyRequest,
  type ComplaintRerouteRequest,
  type ComplaintStatsQuery,
} from '@sw/contracts';
import { useApi } from '@sw/module-kit';

/** Every staff query starts with this key, so a step on a ticket refreshes the queue and statistics. */
const STAFF_KEY = ['complaints'] as const;

/** The triage queue page for a query (personal data masked by the API). */
export function useComplaintQueue(query: ComplaintListQuery) {
  const api = useApi();
  return useQuery({
    queryKey: [...STAFF_KEY, 'list', query],
    queryFn: ({ signal }) =>
      api.get('/complaints', complaintListResponseSchema, {
        query: Object.fromEntries(complaintListQueryToSearchParams(query)),
        signal,
      }),
    placeholderData: (previous) => previous,
    staleTime: 15_000,
  });
}

export function useComplaint(id: string) {
  const api = useApi();
  return useQuery({
    queryKey: [...STAFF_KEY, 'ticket', id],
    queryFn: ({ signal }) => api.get(`/complaints/${encodeURIComponent(id)}`, complaintSchema, { signal }),
  });
}

export function useComplaintStaff() {
  const api = useApi();
  return useQuery({
    queryKey: [...STAFF_KEY, 'staff'],
    queryFn: ({ signal }) => api.get('/complaints/staff', complaintStaffListResponseSchema, { signal }),
    staleTime: 5 * 60_000,
  });
}

export function useComplaintStats(query: ComplaintStatsQuery) {
  const api = useApi();
  return useQuery({
    queryKey: [...STAFF_KEY, 'stats', query],
    queryFn: ({ signal }) => api.get('/complaints/stats', complaintStatsSchema, { query: { ...query }, signal }),
    placeholderData: (previous) => previous,
  });
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
      client.setQueryData([...STAFF_KEY, 'ticket', id], ticket);
      void client.invalidateQueries({ queryKey: STAFF_KEY });
    },
  });
}
