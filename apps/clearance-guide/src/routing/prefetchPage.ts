import type { PrefetchPage } from '@sw/module-kit';
import {
  agenciesQuery,
  benchmarksQuery,
  draftQuery,
  draftsQuery,
  procedureQuery,
  proceduresQuery,
  versionsQuery,
} from '../api/queries.ts';
import { comparedProcedures, newDraftTarget, procedureVersion } from './pageParams.ts';
import { routeOf } from './paths.ts';

/**
 * Starts what the page at the mount's location shows first, with the options its hooks use. Left out:
 * what follows from an answer (a step's fee names, once the procedure says it has fees; the procedure
 * of a shipment or of a proposal). No key holds the locale: the API client sends the language itself.
 */
export const prefetchPage: PrefetchPage = ({ location, user, api, queryClient }) => {
  const route = routeOf(location.pathname);
  switch (route.page) {
    case 'list':
      // The filters in the search only filter the list in the browser: the same two reads for any.
      void queryClient.prefetchQuery(proceduresQuery(api));
      void queryClient.prefetchQuery(benchmarksQuery(api));
      return;
    case 'procedure': {
      const version = procedureVersion(location.search);
      void queryClient.prefetchQuery(procedureQuery(api, route.id, version));
      // An earlier version is shown with a link to the public one, which the page reads too.
      if (version) void queryClient.prefetchQuery(procedureQuery(api, route.id));
      void queryClient.prefetchQuery(agenciesQuery(api));
      void queryClient.prefetchQuery(proceduresQuery(api)); // for "compare with" another variant
      return;
    }
    case 'history':
      void queryClient.prefetchQuery(versionsQuery(api, route.id));
      void queryClient.prefetchQuery(procedureQuery(api, route.id));
      return;
    case 'compare': {
      const { a, b } = comparedProcedures(new URLSearchParams(location.search));
      void queryClient.prefetchQuery(proceduresQuery(api));
      if (a) void queryClient.prefetchQuery(procedureQuery(api, a));
      if (b) void queryClient.prefetchQuery(procedureQuery(api, b));
      return;
    }
    case 'shipment':
      // The checklist's procedure is the one the answers pick from the list: the page asks for it then.
      void queryClient.prefetchQuery(proceduresQuery(api));
      void queryClient.prefetchQuery(agenciesQuery(api));
      return;
    case 'manage':
      void queryClient.prefetchQuery(proceduresQuery(api));
      void queryClient.prefetchQuery(agenciesQuery(api));
      // The signed-in user's proposals (their key holds the user); a visitor is asked to sign in.
      if (user) void queryClient.prefetchQuery(draftsQuery(api, user.id));
      return;
    case 'new-draft': {
      const { procedureId } = newDraftTarget(location.search);
      void queryClient.prefetchQuery(agenciesQuery(api));
      if (procedureId) void queryClient.prefetchQuery(procedureQuery(api, procedureId));
      return;
    }
    case 'draft':
      // The proposal's procedure follows from the proposal: the page asks for it once it has that.
      void queryClient.prefetchQuery(agenciesQuery(api));
      void queryClient.prefetchQuery(draftQuery(api, route.id));
      return;
    case 'not-found':
      return;
  }
};
