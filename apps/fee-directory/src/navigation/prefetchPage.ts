import type { PrefetchPage } from '@sw/module-kit';
import { feeHistoryQuery, feeItemQuery, feesQuery, objectionQueueQuery, reductionsQuery } from '../api/queries.ts';
import { FIRST_QUEUE_STATUS } from '../pages/ObjectionQueuePage/queueStatus.ts';
import { sinceOf } from '../pages/ReductionsPage/since.ts';
import { pageOf } from './pageOf.ts';

/**
 * Starts what the page at the mount's location shows first, with the options its hooks use. No key
 * holds the language (the API client sends it), and the list's search and filters run in the browser,
 * so only the reductions page reads its query string here.
 */
export const prefetchPage: PrefetchPage = ({ location, api, queryClient }) => {
  let page: ReturnType<typeof pageOf>;
  try {
    page = pageOf(location.pathname);
  } catch {
    return; // a malformed item path: the page cannot read it either and asks for nothing
  }
  if (page.itemId !== undefined) {
    // The item's objections are left out: only its operator and the regulator ask for them, after
    // signing in (and for an operator once the item's answer says whose it is).
    void queryClient.prefetchQuery(feeItemQuery(api, page.itemId));
    void queryClient.prefetchQuery(feeHistoryQuery(api, page.itemId));
    return;
  }
  if (page.print) {
    void queryClient.prefetchQuery(feesQuery(api));
    return;
  }
  switch (page.section) {
    case 'list':
    case 'estimate':
      void queryClient.prefetchQuery(feesQuery(api));
      return;
    case 'manage':
      // Every visitor's page asks for the catalogue; the organisations only an admin's does.
      void queryClient.prefetchQuery(feesQuery(api));
      return;
    case 'objections':
      // The page asks for both whoever is signed in (and then tells a visitor to sign in as the regulator).
      void queryClient.prefetchQuery(objectionQueueQuery(api, FIRST_QUEUE_STATUS));
      void queryClient.prefetchQuery(feesQuery(api));
      return;
    case 'reductions':
      void queryClient.prefetchQuery(reductionsQuery(api, sinceOf(new URLSearchParams(location.search))));
      return;
  }
};
