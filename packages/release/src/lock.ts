import { mkdirSync, rmSync, statSync } from 'node:fs';

const STALE_MS = 30_000;
const WAIT_MS = 10_000;

function sleep(ms: number) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Runs `fn` holding a lock shared by every process using the same folder (the CLI, the API, npm
 * start): creating a directory is atomic. A lock older than 30 s is a crashed holder's and is taken
 * over. `fn` must be synchronous, so the lock is never held across a wait.
 */
export function withFolderLock<T>(lockDir: string, fn: () => T): T {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      try {
        if (Date.now() - statSync(lockDir).mtimeMs > STALE_MS) rmSync(lockDir, { recursive: true, force: true });
      } catch {
        // released meanwhile
      }
      if (Date.now() > deadline) {
        throw new Error(`${lockDir} is held by another release command; try again`, { cause: error });
      }
      sleep(25);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}
