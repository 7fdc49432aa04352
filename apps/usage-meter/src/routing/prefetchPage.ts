import type { PrefetchPage } from '@sw/module-kit';
import { clearanceTimesQuery, figuresQuery, portsQuery, usageImportsQuery } from '../api/queries.ts';
import { pageOf } from '../paths.ts';

/** Starts what the page at the mount's location shows first, with the options its hooks use. */
export const prefetchPage: PrefetchPage = ({ location, user, api, queryClient }) => {
  switch (pageOf(location.pathname)) {
    case 'overview':
      // Every figure at once: the view in the search (scope, business; `viewFromSearch`) only filters
      // them in the browser, so no key depends on it.
      void queryClient.prefetchQuery(figuresQuery(api));
      void queryClient.prefetchQuery(portsQuery(api));
      void queryClient.prefetchQuery(clearanceTimesQuery(api));
      return;
    case 'data-entry':
      // Only the single-window team (admin) is shown data here: anyone else gets "admins only" and asks
      // for nothing. The uploads list is per user (its key holds the user's id).
      if (user?.role !== 'admin') return;
      void queryClient.prefetchQuery(portsQuery(api));
      void queryClient.prefetchQuery(figuresQuery(api));
      void queryClient.prefetchQuery(usageImportsQuery(api, user));
      return;
  }
};
