import type { QueryClient } from '@tanstack/react-query';
import type { ModuleLocation } from '@sw/contracts';
import type { ApiClient } from '@sw/api-client';

/** What a module's `prefetch` gets at mount: the page it is mounted on and the clients its page will use. */
export interface PagePrefetch {
  /** Where the module is mounted (its host's location), as `usePathname` and `useModuleSearch` see it. */
  location: ModuleLocation;
  api: ApiClient;
  /** The module's query client: a query prefetched here is the one the page's hook finds. */
  queryClient: QueryClient;
}

/**
 * Starts the queries the page at `location` shows first (`queryClient.prefetchQuery` with the same
 * options as the page's hooks), while the module's code still loads. Errors stay in the query: the
 * page's hook shows them and retries.
 */
export type PrefetchPage = (page: PagePrefetch) => void;
