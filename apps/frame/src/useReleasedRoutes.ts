import { useMemo } from 'react';
import { useHost } from '@sw/module-kit';

/** Routes the current release actually serves; menu items for others are shown as unavailable. */
export function useReleasedRoutes(): Set<string> {
  const host = useHost();
  return useMemo(() => new Set(host.modules().flatMap((m) => m.routes)), [host]);
}
