import { useCallback, useEffect, useRef, useState } from 'react';
import { feeQueryFromSearchParams, feeQuerySchema, feeQueryToSearchParams, type FeeQuery } from '@sw/contracts';
import { useHost, useModuleSearch, usePathname } from '@sw/module-kit';

/** Query-string keys the fee list (and its print view) owns; any other parameter (e.g. `?lang=`) is left as it is. */
export const FEE_QUERY_KEYS = Object.keys(feeQuerySchema.shape);

/** How long typing may pause before the URL follows (browsers throttle very frequent replaceState). */
export const URL_WRITE_DELAY_MS = 250;

/** The fee query part of a search, in canonical form, to tell our own writes from navigation. */
const canonical = (params: URLSearchParams) => feeQueryToSearchParams(feeQueryFromSearchParams(params)).toString();

/**
 * The fee list's search and filters, kept in the module location's query string (through the host)
 * so a link to the current view can be shared: read at mount and on back/forward, replaced in place
 * (the history is not flooded with one entry per keystroke). React state stays the source of truth
 * while typing, so the input never fights with the URL (e.g. over a trailing space).
 */
export function useUrlFeeQuery(): [FeeQuery, (next: FeeQuery) => void] {
  const { navigation } = useHost();
  const pathname = usePathname();
  const [params, setParams] = useModuleSearch(FEE_QUERY_KEYS);
  const [query, setQueryState] = useState(() => feeQueryFromSearchParams(params));
  const page = useRef(pathname);
  const lastSeen = useRef(canonical(params));
  const pending = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    if (pathname !== page.current) return; // leaving the page; unmount follows
    const seen = canonical(params);
    if (seen === lastSeen.current) return; // our own write, come back
    clearTimeout(pending.current);
    lastSeen.current = seen;
    setQueryState(feeQueryFromSearchParams(params));
  }, [params, pathname]);

  useEffect(() => () => clearTimeout(pending.current), []);

  const setQuery = useCallback(
    (next: FeeQuery) => {
      setQueryState(next);
      clearTimeout(pending.current);
      pending.current = setTimeout(() => {
        if (navigation.location().pathname !== page.current) return;
        const written = feeQueryToSearchParams(next);
        lastSeen.current = canonical(written); // before the write: its echo must not reset the input
        setParams(written);
      }, URL_WRITE_DELAY_MS);
    },
    [navigation, setParams],
  );

  return [query, setQuery];
}
