import { useCallback, useMemo } from 'react';
import { useModuleSearch } from '@sw/module-kit';

/**
 * One query-string parameter as page state, so a view can be shared as a link: read from the
 * module's location, replaced in place (choosing a filter adds no history entry); other parameters
 * (e.g. `?lang=`) are kept.
 */
export function useSearchParam(key: string): [string | undefined, (value: string | undefined) => void] {
  const ownKeys = useMemo(() => [key], [key]);
  const [params, setParams] = useModuleSearch(ownKeys);
  const setValue = useCallback(
    (next: string | undefined) => setParams(new URLSearchParams(next ? { [key]: next } : {})),
    [key, setParams],
  );
  return [params.get(key) ?? undefined, setValue];
}
