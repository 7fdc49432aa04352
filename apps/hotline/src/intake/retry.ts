import { ApiError, NetworkError } from '@sw/api-client';

/** What is worth sending again: no answer (offline), a server error, too many requests, or "still running". */
export function shouldRetry(error: unknown): boolean {
  if (error instanceof NetworkError) return true;
  if (!(error instanceof ApiError)) return false;
  return error.status >= 500 || error.status === 429 || error.code === 'idempotency.in_progress';
}

const MAX_DELAY_MS = 30_000;

/**
 * Exponential backoff from one second, capped at thirty, with jitter so that many browsers coming
 * back online at once do not all retry together; a server's Retry-After wins when it asks for longer.
 */
export function retryDelay(attempt: number, error: unknown, random: () => number = Math.random): number {
  const exponential = Math.min(MAX_DELAY_MS, 1000 * 2 ** Math.max(0, attempt - 1));
  const jittered = Math.round(exponential * (0.8 + 0.4 * random()));
  const retryAfter = error instanceof ApiError ? Number(error.response?.headers.get('Retry-After')) : NaN;
  return Number.isFinite(retryAfter) && retryAfter > 0 ? Math.max(jittered, retryAfter * 1000) : jittered;
}

export interface RetryEnvironment {
  /** Whether the browser believes it is online. */
  online(): boolean;
  /** Resolves when the browser comes back online (or `signal` aborts). */
  whenOnline(signal: AbortSignal): Promise<void>;
  sleep(ms: number, signal: AbortSignal): Promise<void>;
  now(): number;
}

export const browserRetryEnvironment: RetryEnvironment = {
  online: () => globalThis.navigator?.onLine ?? true,
  whenOnline: (signal) =>
    new Promise((resolve) => {
      const done = () => {
        removeEventListener('online', done);
        signal.removeEventListener('abort', done);
        resolve();
      };
      addEventListener('online', done);
      signal.addEventListener('abort', done);
    }),
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      }
      signal.addEventListener('abort', done);
    }),
  now: () => Date.now(),
};

/** Where a retried request stands, for the person watching it. */
export type RetryStatus =
  | { phase: 'sending'; attempt: number }
  | { phase: 'offline' | 'waiting'; attempt: number; nextAttemptAt: number; error: unknown };

/**
 * Runs `send` until it succeeds or fails for good: waits for the connection while offline and backs
 * off after server errors. `wake` (a "try now" button) cuts a wait short. Throws the final error.
 */
export async function withRetry<T>(
  send: () => Promise<T>,
  options: {
    env: RetryEnvironment;
    signal: AbortSignal;
    onStatus?: (status: RetryStatus) => void;
    /** Resolves when someone asks to try again now (or its signal aborts). */
    wake?: (signal: AbortSignal) => Promise<void>;
  },
): Promise<T> {
  const { env, signal, onStatus } = options;
  for (let attempt = 1; ; attempt++) {
    if (signal.aborted) throw signal.reason;
    onStatus?.({ phase: 'sending', attempt });
    try {
      return await send();
    } catch (error) {
      if (signal.aborted || !shouldRetry(error)) throw error;
      const delay = retryDelay(attempt, error);
      const offline = !env.online();
      onStatus?.({ phase: offline ? 'offline' : 'waiting', attempt, nextAttemptAt: env.now() + delay, error });
      // Back online (or a "try now") ends the wait early; while offline, the backoff still caps it.
      const wait = new AbortController();
      const stop = () => wait.abort();
      signal.addEventListener('abort', stop);
      const waits = [env.sleep(delay, wait.signal)];
      if (offline) waits.push(env.whenOnline(wait.signal));
      if (options.wake) waits.push(options.wake(wait.signal));
      await Promise.race(waits);
      wait.abort(); // ends the waits that lost the race
      signal.removeEventListener('abort', stop);
    }
  }
}
