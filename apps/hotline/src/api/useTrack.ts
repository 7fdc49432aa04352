import { useMutation } from '@tanstack/react-query';
import { complaintTrackingSchema, type ComplaintTrackRequest } from '@sw/contracts';
import { useApi } from '@sw/module-kit';

/** Looks a ticket up by number and contact: a POST, so the contact stays out of URLs and logs. */
export function useTrack() {
  const api = useApi();
  return useMutation({
    mutationFn: (request: ComplaintTrackRequest) =>
      api.post('/complaints/track', complaintTrackingSchema, { body: request }),
  });
}
