import { setupWorker, type SetupWorker } from 'msw/browser';
import type { RequestHandler } from 'msw';
import { handlers } from './index.ts';

export interface StartMockWorkerOptions {
  /** Where the page serves msw's worker script (copied from `msw/mockServiceWorker.js` by the build). */
  url?: string;
  /** Extra handlers, matched before the defaults (e.g. to simulate errors in a demo). */
  handlers?: RequestHandler[];
}

/**
 * Starts msw's service worker with the mock API. Requests no handler matches (the page, its
 * modules' assets, other APIs) go to the network untouched. Resolves once the worker is active.
 */
export async function startMockWorker(options?: StartMockWorkerOptions): Promise<SetupWorker> {
  const worker = setupWorker(...(options?.handlers ?? []), ...handlers);
  await worker.start({
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: options?.url ?? '/mockServiceWorker.js' },
    quiet: true,
  });
  return worker;
}
