import { useSyncExternalStore } from 'react';
import type { Principal } from '@sw/contracts';
import { useHost } from './HostContext.ts';

/** The signed-in user (undefined for the anonymous public); re-renders on sign-in and sign-out. */
export function useSession(): Principal | undefined {
  const { auth } = useHost();
  return useSyncExternalStore(auth.subscribe, auth.user, auth.user);
}
