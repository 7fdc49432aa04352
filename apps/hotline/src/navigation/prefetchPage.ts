import type { PrefetchPage } from '@sw/module-kit';
import { hotlinesQuery } from '../api/queries.ts';
import { pageOf } from './paths.ts';

/** Starts what the page at the mount's location shows first, with the options its hooks use. */
export const prefetchPage: PrefetchPage = ({ location, api, queryClient }) => {
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
    case 'queue':
    case 'stats':
    case 'ticket':
      // Staff only (StaffGate): the prefetch does not know who is signed in, and for anyone else these
      // requests would only be refused. The staff pages ask for their data once the gate lets them in.
      return;
    case 'not-found':
      return;
  }
};
