import { useCallback, useMemo } from 'react';
import { useModuleSearch } from '@sw/module-kit';
import { VIEW_KEYS, searchWithView, viewFromSearch, type UsageView } from '../analysis/scope.ts';

/**
 * The page's scope (city, kind of port, port) and focused business, kept in the URL so a view can
 * be shared and survives a reload; changed in place (no history entry per click). The view, and so
 * everything the page derives from it, stays the same object while its own parameters do.
 */
export function useUsageView(): [UsageView, (next: UsageView) => void] {
  const [params, setParams] = useModuleSearch(VIEW_KEYS);
  const view = useMemo(() => viewFromSearch(params.toString()), [params]);
  // useModuleSearch keeps the parameters the page does not own; the view gives only its own.
  const setView = useCallback(
    (next: UsageView) => setParams(new URLSearchParams(searchWithView('', next))),
    [setParams],
  );
  return [view, setView];
}
