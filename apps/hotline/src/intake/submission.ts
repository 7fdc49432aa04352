import { z } from 'zod';
import {
  complaintCreateRequestSchema,
  complaintReceiptSchema,
  type ComplaintCreateRequest,
  type ComplaintReceipt,
} from '@sw/contracts';
import type { ApiClient } from '@sw/api-client';
import type { Uploader } from './attachments.ts';
import { browserRetryEnvironment, withRetry, type RetryEnvironment, type RetryStatus } from './retry.ts';

/** A submission on its way: kept in localStorage until the receipt arrives, so a reload resumes it. */
const outboxEntrySchema = z.object({
  key: z.string(),
  request: complaintCreateRequestSchema,
  /** Files to upload before the ticket can name them. */
  uploads: z.array(z.object({ id: z.string(), name: z.string() })),
  createdAt: z.string(),
});
export type OutboxEntry = z.infer<typeof outboxEntrySchema>;

export const OUTBOX_STORAGE_KEY = 'sw.hotline.outbox.v1';

export type SubmissionState =
  | { phase: 'idle' }
  | { phase: 'uploading'; done: number; total: number; retry?: RetryStatus }
  | { phase: 'sending'; retry: RetryStatus }
  | { phase: 'delivered'; receipt: ComplaintReceipt }
  | { phase: 'failed'; error: unknown };

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

interface SubmissionDeps {
  api: ApiClient;
  uploader: Uploader;
  storage?: KeyValueStorage | undefined;
  env?: RetryEnvironment;
  /** Called once, when the ticket is filed. */
  onDelivered(receipt: ComplaintReceipt, entry: OutboxEntry): void;
}

/**
 * Sends a complaint so that it is never lost and never filed twice: the submission is written to an
 * outbox first, its files uploaded, then it is posted with its idempotency key, retried with backoff
 * while offline or on server errors (the same key every time), and resumed after a reload. A second
 * `submit` while one is on its way is ignored; the server's idempotency makes any duplicate harmless.
 */
export function createSubmission(deps: SubmissionDeps) {
  const env = deps.env ?? browserRetryEnvironment;
  const storage = deps.storage ?? globalThis.localStorage;
  const listeners = new Set<() => void>();
  const outcomeListeners = new Set<(outcome: Extract<SubmissionState, { phase: 'delivered' | 'failed' }>) => void>();
  let state: SubmissionState = { phase: 'idle' };
  let running: AbortController | undefined;
  let wakers: Array<() => void> = [];

  const set = (next: SubmissionState) => {
    state = next;
    for (const listener of [...listeners]) listener();
  };
  const stored = (): OutboxEntry | undefined => {
    try {
      const parsed = outboxEntrySchema.safeParse(JSON.parse(storage?.getItem(OUTBOX_STORAGE_KEY) ?? 'null'));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  };
  const store = (entry: OutboxEntry | undefined) => {
    try {
      if (entry) storage?.setItem(OUTBOX_STORAGE_KEY, JSON.stringify(entry));
      else storage?.removeItem(OUTBOX_STORAGE_KEY);
    } catch {
      // Without storage the submission still goes out; it just cannot resume after a reload.
    }
  };
  const wake = (signal: AbortSignal) =>
    new Promise<void>((resolve) => {
      wakers.push(resolve);
      signal.addEventListener('abort', () => resolve());
    });

  async function deliver(entry: OutboxEntry) {
    running?.abort();
    const controller = new AbortController();
    running = controller;
    const { signal } = controller;
    try {
      let done = 0;
      set({ phase: 'uploading', done, total: entry.uploads.length });
      for (const file of entry.uploads) {
        await deps.uploader.upload(file.id, file.name);
        set({ phase: 'uploading', done: ++done, total: entry.uploads.length });
      }
      const receipt = await withRetry(
        () =>
          deps.api.post('/complaints', complaintReceiptSchema, {
            body: entry.request,
            idempotencyKey: entry.key,
            signal,
          }),
        { env, signal, wake, onStatus: (retry) => set({ phase: 'sending', retry }) },
      );
      store(undefined);
      deps.onDelivered(receipt, entry);
      set({ phase: 'delivered', receipt });
      for (const listener of [...outcomeListeners]) listener({ phase: 'delivered', receipt });
    } catch (error) {
      if (signal.aborted) return; // stopped (the page went away): the outbox resumes it next time
      store(undefined); // refused for good: the draft is still there to correct and send again
      set({ phase: 'failed', error });
      for (const listener of [...outcomeListeners]) listener({ phase: 'failed', error });
    } finally {
      if (running === controller) running = undefined;
    }
  }

  return {
    get: () => state,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Called once per submission, when it is filed or refused for good. */
    onOutcome(listener: (outcome: Extract<SubmissionState, { phase: 'delivered' | 'failed' }>) => void) {
      outcomeListeners.add(listener);
      return () => void outcomeListeners.delete(listener);
    },
    /** Is a submission on its way (here or in the outbox from before a reload)? */
    pending: () => running !== undefined || stored() !== undefined,
    submit(request: ComplaintCreateRequest, key: string, uploads: OutboxEntry['uploads']) {
      if (running) return; // a second click: the first is on its way
      const entry = { key, request, uploads, createdAt: new Date(env.now()).toISOString() };
      store(entry);
      void deliver(entry);
    },
    /** Picks up a submission left in the outbox by an earlier page (reload, crash, closed tab). */
    resume(): OutboxEntry | undefined {
      const entry = stored();
      if (entry && !running) void deliver(entry);
      return entry;
    },
    /** Ends a wait between retries now. */
    retryNow() {
      const pending = wakers;
      wakers = [];
      for (const resolve of pending) resolve();
    },
    reset() {
      if (!running) set({ phase: 'idle' });
    },
    stop() {
      running?.abort();
      running = undefined;
    },
  };
}
export type Submission = ReturnType<typeof createSubmission>;
