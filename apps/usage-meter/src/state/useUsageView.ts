import { useCallback, useMemo } from 'react';
import { useHost, useModuleLocation } from '@sw/module-kit';
import { searchWithView, viewFromSearch, type UsageView } from '../analysis/scope.ts';

/**
 * The page's scope (city, kind of port, port) and focused business, kept in the URL so a view can
 * be shared and survives a reload; changed in place (no history entry per click).
 */
export function useUsageView(): [UsageView, (next: UsageView) => void] {
  const { navigation } = useHost();
  const { search } = useModuleLocation();
  const view = useMemo(() => viewFromSearch(search), [search]);
  const setView = useCallback(
    (next: UsageView) => navigation.replaceSearch(searchWithView(navigation.location().search, next)),
    [navigation],
  );
  return [view, setView];
}
