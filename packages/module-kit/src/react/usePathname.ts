import { useSyncExternalStore } from 'react';
import type { ModuleLocation } from '@sw/contracts';
import { useHost } from './HostContext.ts';

/**
 * Where the module is, as its host says: the page URL in the suite, a private location when
 * embedded in another site. Modules route and keep filters with this, never with `window.location`.
 * It re-renders on any change of path or query; `usePathname` and `useModuleSearch` listen to less.
 */
export function useModuleLocation(): ModuleLocation {
  const { navigation } = useHost();
  return useSyncExternalStore(navigation.subscribe, navigation.location, navigation.location);
}

/** The current path; re-renders when it changes, not when only the query does (e.g. `?lang=`). */
export function usePathname(): string {
  const { navigation } = useHost();
  const pathname = () => navigation.location().pathname;
  return useSyncExternalStore(navigation.subscribe, pathname, pathname);
}
