import type { QueryClient } from '@tanstack/react-query';
import type { ModuleHost, ModuleLocation, Principal } from '@sw/contracts';
import type { ApiClient } from '@sw/api-client';
import { apiClientFor } from './react/moduleApi.ts';

/** What a module's `prefetch` gets at mount: the page it is mounted on and the clients its page will use. */
export interface PagePrefetch {
  /** Where the module is mounted (its host's location), as `usePathname` and `useModuleSearch` see it. */
  location: ModuleLocation;
  /**
   * Who is signed in as the module mounts (the host's session, as `useSession` sees it): a page whose
   * queries depend on the user (their key holds the user, or only some roles may ask) starts them for
   * this user.
   */
  user: Principal | undefined;
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

/** What a mount on `host` hands its prefetch: the host's location and session as they are now. */
export function pagePrefetchOn(host: ModuleHost, queryClient: QueryClient): PagePrefetch {
  return { location: host.navigation.location(), user: host.auth.user(), api: apiClientFor(host), queryClient };
}
