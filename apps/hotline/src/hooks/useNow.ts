import { useCallback, useSyncExternalStore } from 'react';

/**
 * The time now, to the last whole `everyMs` (deadlines count down without a reload). Read from the
 * clock as an external store, so every render sees the same value until the next tick.
 */
export function useNow(everyMs = 60_000): number {
  const subscribe = useCallback(
    (onTick: () => void) => {
      const timer = setInterval(onTick, everyMs);
      return () => clearInterval(timer);
    },
    [everyMs],
  );
  const read = () => Math.floor(Date.now() / everyMs) * everyMs;
  return useSyncExternalStore(subscribe, read, read);
}
