import type { PrefetchPage } from '@sw/module-kit';
import { mayReadObjections } from '../access/feeAccess.ts';
import {
  feeHistoryQuery,
  feeItemQuery,
  feeObjectionsQuery,
  feesQuery,
  objectionQueueQuery,
  organisationsQuery,
  reductionsQuery,
} from '../api/queries.ts';
import { FIRST_QUEUE_STATUS } from '../pages/ObjectionQueuePage/queueStatus.ts';
import { sinceOf } from '../pages/ReductionsPage/since.ts';
import { pageOf } from './pageOf.ts';

/**
 * Starts what the page at the mount's location shows first, with the options its hooks use. No key
 * holds the language (the API client sends it), and the list's search and filters run in the browser,
 * so only the reductions page reads its query string here.
 */
export const prefetchPage: PrefetchPage = ({ location, user, api, queryClient }) => {
  let page: ReturnType<typeof pageOf>;
  try {
    page = pageOf(location.pathname);
  } catch {
    return; // a malformed item path: the page cannot read it either and asks for nothing
  }
  if (page.itemId !== undefined) {
    const { itemId } = page;
    void queryClient.prefetchQuery(feeHistoryQuery(api, itemId));
    // An error stays in the query: the page shows it and asks again.
    const item = queryClient.fetchQuery(feeItemQuery(api, itemId)).catch(() => undefined);
    const objections = () => void queryClient.prefetchQuery(feeObjectionsQuery(api, itemId));
    // As the page decides: the regulator reads every item's objections, its operator and the
    // single-window team once the item's answer says whose it is.
    if (mayReadObjections(user, undefined)) objections();
    else if (user) void item.then((answer) => mayReadObjections(user, answer) && objections());
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
      if (user?.role === 'admin') void queryClient.prefetchQuery(organisationsQuery(api));
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
