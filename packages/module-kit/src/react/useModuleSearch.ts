import { useCallback, useMemo } from 'react';
import { useHost } from './HostContext.ts';
import { useModuleLocation } from './usePathname.ts';

/**
 * The query parameters of the module's location as the host keeps it, and a setter that replaces
 * the ones the page owns in place (no history entry), so a view can be shared as a link. Parameters
 * the page does not own (e.g. `?lang=`) are kept as they are.
 */
export function useModuleSearch(ownKeys: readonly string[]): [URLSearchParams, (next: URLSearchParams) => void] {
  const { navigation } = useHost();
  const { search } = useModuleLocation();
  const params = useMemo(() => new URLSearchParams(search), [search]);
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
