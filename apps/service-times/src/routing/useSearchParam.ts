import { useCallback, useSyncExternalStore } from 'react';

/** Our own query-string writes (replaceState fires no event), so every reader of the URL follows. */
const SEARCH_CHANGED = 'sw:service-times:search';

function subscribe(onChange: () => void) {
  addEventListener('popstate', onChange);
  addEventListener('single-spa:routing-event', onChange);
  addEventListener(SEARCH_CHANGED, onChange);
  return () => {
    removeEventListener('popstate', onChange);
    removeEventListener('single-spa:routing-event', onChange);
    removeEventListener(SEARCH_CHANGED, onChange);
  };
}

const getSearch = () => location.search;

/**
 * One query-string parameter as page state, so a view can be shared as a link: read on every
 * navigation, written with `replaceState` (choosing a filter adds no history entry); other
 * parameters (e.g. `?lang=`) are kept.
 */
export function useSearchParam(key: string): [string | undefined, (value: string | undefined) => void] {
  const search = useSyncExternalStore(subscribe, getSearch, getSearch);
  const value = new URLSearchParams(search).get(key) ?? undefined;
  const setValue = useCallback(
    (next: string | undefined) => {
      const params = new URLSearchParams(location.search);
      if (next) params.set(key, next);
      else params.delete(key);
      const query = params.toString();
      try {
        history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
      } catch {
        // A browser refusing a replaceState (rate limit) only costs the shareable URL.
      }
      dispatchEvent(new Event(SEARCH_CHANGED));
    },
    [key],
  );
  return [value, setValue];
}
