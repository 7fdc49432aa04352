import { useCallback, useMemo } from 'react';
import { useHost, useModuleSearch } from '@sw/module-kit';
import { VIEW_KEYS, searchWithView, viewFromSearch, type UsageView } from '../analysis/scope.ts';

/**
 * The page's scope (city, kind of port, port) and focused business, kept in the URL so a view can
 * be shared and survives a reload; changed in place (no history entry per click). The view, and so
 * everything the page derives from it, stays the same object while its own parameters do.
 */
export function useUsageView(): [UsageView, (next: UsageView) => void] {
  const { navigation } = useHost();
  const [params] = useModuleSearch(VIEW_KEYS);
  const view = useMemo(() => viewFromSearch(params.toString()), [params]);
  const setView = useCallback(
    (next: UsageView) => navigation.replaceSearch(searchWithView(navigation.location().search, next)),
    [navigation],
  );
  return [view, setView];
}
