import { useCallback, useMemo } from 'react';
import { useHost, useModuleLocation } from '@sw/module-kit';

/**
 * The page's query parameters as the host keeps them, and a setter that replaces them in place (no
 * history entry), so a view can be shared as a link. Parameters the module does not own (`?lang=`)
 * are kept.
 */
export function useModuleSearch(ownKeys: readonly string[]): [URLSearchParams, (next: URLSearchParams) => void] {
  const { navigation } = useHost();
  const { search } = useModuleLocation();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const setParams = useCallback(
    (next: URLSearchParams) => {
      const merged = new URLSearchParams(navigation.location().search);
      for (const key of ownKeys) merged.delete(key);
      for (const [key, value] of next) merged.set(key, value);
      const text = merged.toString();
      navigation.replaceSearch(text ? `?${text}` : '');
    },
    [navigation, ownKeys],
  );
  return [params, setParams];
}
