import { useCallback, useMemo } from 'react';
import { useHost, useModuleLocation } from '@sw/module-kit';

/**
 * A page's own query parameters, kept in the URL so a view can be shared and survives a reload:
 * `read` turns the search into the page's state, `write` turns it back; parameters the page does
 * not own (e.g. `?lang=`) stay as they are. Changes replace the URL (no history entry per click).
 */
export function useUrlQuery<Q>(
  ownKeys: readonly string[],
  read: (params: URLSearchParams) => Q,
  write: (query: Q) => URLSearchParams,
) {
  const { navigation } = useHost();
  const { search } = useModuleLocation();
  const query = useMemo(() => read(new URLSearchParams(search)), [read, search]);
  const setQuery = useCallback(
    (next: Q) => {
      const params = new URLSearchParams(navigation.location().search);
      for (const key of ownKeys) params.delete(key);
      for (const [key, value] of write(next)) params.set(key, value);
      const text = params.toString();
      navigation.replaceSearch(text ? `?${text}` : '');
    },
    [navigation, ownKeys, write],
  );
  return [query, setQuery] as const;
}
