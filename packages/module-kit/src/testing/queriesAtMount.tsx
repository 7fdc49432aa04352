import { render, waitFor } from '@testing-library/react';
import { hashKey } from '@tanstack/react-query';
import type { Locale } from '@sw/contracts';
import { pagePrefetchOn } from '../pagePrefetch.ts';
import { ModuleRoot, type ModuleDefinition } from '../react/ModuleRoot.tsx';
import { createModuleQueryClient } from '../react/queryClient.ts';
import { createTestHost, type TestHost } from './testHost.ts';

export interface QueriesAtMount {
  /** Keys (hashed, sorted) of the queries the definition's `prefetch` started. */
  prefetched: string[];
  /** Keys of the queries the page's components use (enabled) once it has settled. */
  shown: string[];
}

export interface MountAt {
  /** The page's URL (path and search), where the module is mounted. */
  url: string;
  locale?: Locale;
  /** Signs someone in on the test host before the mount (e.g. `@sw/mocks`' `signInDemoUser`). */
  signIn?: (host: TestHost) => void;
}

/**
 * Mounts a module at `url` as `defineModule` does (its `prefetch`, then its `App` on the same query
 * client), waits until no query is fetching, and tells what was prefetched and what the page uses: a
 * prefetch whose keys drift from the page's hooks shows up as a difference. The prefetch settles before
 * the page renders, so a query it starts from another's answer counts as prefetched. A page that is
 * itself lazy inside the module's routes must be loaded before (render it once), or it shows nothing.
 * The browser's own URL stays as it was.
 */
export async function queriesAtMount(
  definition: ModuleDefinition,
  { url, locale = 'zh-CN', signIn }: MountAt,
): Promise<QueriesAtMount> {
  // The test host's location starts at the page's URL and then lives in memory: set the URL for it only.
  const previousUrl = location.href;
  history.replaceState(null, '', url);
  const host = createTestHost(locale);
  history.replaceState(null, '', previousUrl);
  signIn?.(host);
  const queryClient = createModuleQueryClient();
  definition.prefetch?.(pagePrefetchOn(host, queryClient));
  const keys = (used: boolean) =>
    queryClient
      .getQueryCache()
      .getAll()
      .filter((query) => !used || (query.getObserversCount() > 0 && !query.isDisabled()))
      .map((query) => hashKey(query.queryKey))
      .sort();
  const settled = () =>
    waitFor(
      () => {
        if (queryClient.isFetching() > 0) throw new Error(`${queryClient.isFetching()} queries still fetching`);
      },
      { timeout: 5000 },
    );
  // A prefetch may start a query once another's answer is in (what the page reads after it): settled first.
  await settled();
  const prefetched = keys(false);
  const view = render(<ModuleRoot definition={definition} host={host} queryClient={queryClient} />);
  try {
    await settled();
    return { prefetched, shown: keys(true) };
  } finally {
    view.unmount();
  }
}
