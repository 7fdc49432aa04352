import type { PrefetchPage } from '@sw/module-kit';
import { actualsQuery, coverageQuery, standardsQuery, terminalsQuery } from '../api/queries.ts';
import { lastMonths } from '../compare/lastMonths.ts';
import { performancePeriod } from '../components/PerformanceSection/performancePeriod.ts';
import { pageOf } from './paths.ts';

/** Starts what the page at the mount's location shows first, with the options its hooks use. */
export const prefetchPage: PrefetchPage = ({ location, api, queryClient }) => {
  const page = pageOf(location.pathname);
  switch (page.name) {
    case 'terminals':
    case 'coverage':
      void queryClient.prefetchQuery(terminalsQuery(api));
      void queryClient.prefetchQuery(coverageQuery(api));
      return;
    case 'compare':
      void queryClient.prefetchQuery(terminalsQuery(api));
      void queryClient.prefetchQuery(standardsQuery(api));
      void queryClient.prefetchQuery(actualsQuery(api, lastMonths(12)));
      return;
    case 'terminal': {
      const months = performancePeriod(new URLSearchParams(location.search).get('months'));
      void queryClient.prefetchQuery(terminalsQuery(api));
      void queryClient.prefetchQuery(standardsQuery(api));
      void queryClient.prefetchQuery(coverageQuery(api));
      void queryClient.prefetchQuery(actualsQuery(api, { terminal: page.terminalId, ...lastMonths(Number(months)) }));
      return;
    }
    case 'upload':
      // The standards' histories follow from the standards: the page asks for them once it has those.
      void queryClient.prefetchQuery(terminalsQuery(api));
      void queryClient.prefetchQuery(standardsQuery(api));
      void queryClient.prefetchQuery(actualsQuery(api, { terminal: page.terminalId }));
      return;
    case 'not-found':
      return;
  }
};
