import type { RetryEnvironment } from './retry.ts';

/**
 * A retry environment the test drives: `goOnline()` fires the browser's online event, sleeps end
 * only when the test advances the clock, so each attempt is counted exactly.
 */
export function createTestRetryEnvironment(initiallyOnline = true) {
  let online = initiallyOnline;
  let now = 0;
  const onlineWaiters = new Set<() => void>();
  const sleepers = new Set<{ until: number; resolve: () => void }>();
  const env: RetryEnvironment = {
    online: () => online,
    whenOnline: (signal) =>
      new Promise((resolve) => {
        onlineWaiters.add(resolve);
        signal.addEventListener('abort', () => resolve());
      }),
    sleep: (ms, signal) =>
      new Promise((resolve) => {
        const sleeper = { until: now + ms, resolve };
        sleepers.add(sleeper);
        signal.addEventListener('abort', () => {
          sleepers.delete(sleeper);
          resolve();
        });
      }),
    now: () => now,
  };
  return {
    env,
    goOffline: () => (online = false),
    goOnline() {
      online = true;
      for (const resolve of [...onlineWaiters]) resolve();
      onlineWaiters.clear();
    },
    advance(ms: number) {
      now += ms;
      for (const sleeper of [...sleepers]) {
        if (sleeper.until <= now) {
          sleepers.delete(sleeper);
          sleeper.resolve();
        }
      }
    },
  };
}

/** Lets pending promise callbacks run. */
export const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
