import { isComplaintStaff, type Principal } from '@sw/contracts';
import type { PrefetchPage } from '@sw/module-kit';
import {
  complaintQuery,
  complaintQueueQuery,
  complaintStaffQuery,
  complaintStatsQuery,
  hotlinesQuery,
} from '../api/queries.ts';
import { pageOf } from './paths.ts';
import { FIRST_STATS_RANGE, OVERDUE_QUERY, queueQuery, statsQuery } from './staffPageParams.ts';

const isStaff = (user: Principal | undefined) => user !== undefined && isComplaintStaff(user.role);

/** Starts what the page at the mount's location shows first, with the options its hooks use. */
export const prefetchPage: PrefetchPage = ({ location, user, api, queryClient }) => {
  const page = pageOf(location.pathname);
  switch (page.name) {
    case 'directory':
      void queryClient.prefetchQuery(hotlinesQuery(api));
      return;
    case 'file':
    case 'track':
      // Nothing to read: the form only writes, and tracking is a POST with the contact typed on the page
      // (`?ticket=` only fills in the number).
      return;
    // The staff pages (StaffGate): for anyone else these requests would only be refused.
    case 'queue':
      if (!isStaff(user)) return;
      void queryClient.prefetchQuery(complaintQueueQuery(api, queueQuery(location.search)));
      void queryClient.prefetchQuery(complaintQueueQuery(api, OVERDUE_QUERY));
      void queryClient.prefetchQuery(complaintStaffQuery(api)); // who can be assigned
      return;
    case 'stats':
      if (!isStaff(user)) return;
      void queryClient.prefetchQuery(complaintStatsQuery(api, statsQuery(FIRST_STATS_RANGE)));
      return;
    case 'ticket':
      if (!isStaff(user)) return;
      void queryClient.prefetchQuery(complaintQuery(api, page.id));
      void queryClient.prefetchQuery(complaintStaffQuery(api));
      return;
    case 'not-found':
      return;
  }
};
