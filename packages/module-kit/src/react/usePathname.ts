import { useSyncExternalStore } from 'react';
import type { ModuleLocation } from '@sw/contracts';
import { useHost } from './HostContext.ts';

/**
 * Where the module is, as its host says: the page URL in the suite, a private location when
 * embedded in another site. Modules route and keep filters with this, never with `window.location`.
 */
export function useModuleLocation(): ModuleLocation {
  const { navigation } = useHost();
  return useSyncExternalStore(navigation.subscribe, navigation.location, navigation.location);
}

/** The current path; re-renders on every navigation. */
export function usePathname(): string {
  return useModuleLocation().pathname;
}
