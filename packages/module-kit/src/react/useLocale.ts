import { useSyncExternalStore } from 'react';
import type { Locale } from '@sw/contracts';
import { useHost } from './HostContext.ts';

/** The page's current language; re-renders when the host switches it. */
export function useLocale(): Locale {
  const { locale } = useHost();
  return useSyncExternalStore(locale.subscribe, locale.get, locale.get);
}
