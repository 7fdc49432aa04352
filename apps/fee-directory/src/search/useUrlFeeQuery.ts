import { useCallback, useEffect, useRef, useState } from 'react';
import { feeQueryFromSearchParams, feeQuerySchema, feeQueryToSearchParams, type FeeQuery } from '@sw/contracts';

/** Query-string keys the fee list owns; any other parameter (e.g. `?lang=`) is left as it is. */
const OWN_KEYS = Object.keys(feeQuerySchema.shape);

/** How long typing may pause before the URL follows (browsers throttle very frequent replaceState). */
export const URL_WRITE_DELAY_MS = 250;

const readQuery = (): FeeQuery => feeQueryFromSearchParams(new URLSearchParams(location.search));

/** The fee query part of the current URL, in canonical form, to tell our own writes from navigation. */
const canonicalOwnSearch = () => feeQueryToSearchParams(readQuery()).toString();

function urlWith(query: FeeQuery): string {
  const params = new URLSearchParams(location.search);
  for (const key of OWN_KEYS) params.delete(key);
  for (const [key, value] of feeQueryToSearchParams(query)) params.set(key, value);
  const search = params.toString();
  return `${location.pathname}${search ? `?${search}` : ''}${location.hash}`;
}

/**
 * The fee list's search and filters, kept in the URL query string so a link to the current view
 * can be shared: read from the URL at mount and on back/forward, written with `replaceState` (the
 * history is not flooded with one entry per keystroke). React state stays the source of truth
 * while typing, so the input never fights with the URL (e.g. over a trailing space).
 */
export function useUrlFeeQuery(): [FeeQuery, (next: FeeQuery) => void] {
  const [query, setQueryState] = useState(readQuery);
  const pathname = useRef(location.pathname);
  const lastSeen = useRef(canonicalOwnSearch());
  const pending = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    const onNavigation = () => {
      if (location.pathname !== pathname.current) return; // leaving the page; unmount follows
      const seen = canonicalOwnSearch();
      if (seen === lastSeen.current) return; // our own write, echoed by the router
      clearTimeout(pending.current);
      lastSeen.current = seen;
      setQueryState(readQuery());
    };
    addEventListener('popstate', onNavigation);
    addEventListener('single-spa:routing-event', onNavigation);
    return () => {
      removeEventListener('popstate', onNavigation);
      removeEventListener('single-spa:routing-event', onNavigation);
      clearTimeout(pending.current);
    };
  }, []);

  const setQuery = useCallback((next: FeeQuery) => {
    setQueryState(next);
    clearTimeout(pending.current);
    pending.current = setTimeout(() => {
      if (location.pathname !== pathname.current) return;
      try {
        history.replaceState(history.state, '', urlWith(next));
      } catch {
        // A browser refusing a replaceState (rate limit) only costs the shareable URL, not the view.
      }
      lastSeen.current = canonicalOwnSearch();
    }, URL_WRITE_DELAY_MS);
  }, []);

  return [query, setQuery];
}
