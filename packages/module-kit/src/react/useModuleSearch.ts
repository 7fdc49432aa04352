import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { useHost } from './HostContext.ts';

/**
 * The parameters of `search` among `keys`, in their order in the URL: what `useModuleSearch` gives a
 * page, for code that reads a location outside React (a module's prefetch at mount).
 */
export function ownParams(search: string | URLSearchParams, keys: readonly string[]): URLSearchParams {
  const own = new URLSearchParams();
  for (const [key, value] of new URLSearchParams(search)) if (keys.includes(key)) own.append(key, value);
  return own;
}

/**
 * The query parameters of the module's location as the host keeps it, and a setter that replaces
 * the ones the page owns in place (no history entry), so a view can be shared as a link. Parameters
 * the page does not own (e.g. `?lang=`) are kept as they are, and neither seen nor listened to: a
 * language switch that rewrites `?lang=` leaves the page's params, and all it derives from them, as
 * they were.
 */
export function useModuleSearch(ownKeys: readonly string[]): [URLSearchParams, (next: URLSearchParams) => void] {
  const { navigation } = useHost();
  // A string snapshot: React compares it by value, so other parameters' changes do not re-render.
  const snapshot = () => ownParams(navigation.location().search, ownKeys).toString();
  const own = useSyncExternalStore(navigation.subscribe, snapshot, snapshot);
  const params = useMemo(() => new URLSearchParams(own), [own]);
  const setParams = useCallback(
    (next: URLSearchParams) => {
      const merged = new URLSearchParams(navigation.location().search);
      for (const key of ownKeys) merged.delete(key);
      for (const [key, value] of next) merged.append(key, value);
      const text = merged.toString();
      navigation.replaceSearch(text ? `?${text}` : '');
    },
    [navigation, ownKeys],
  );
  return [params, setParams];
}
