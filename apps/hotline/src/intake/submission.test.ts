import { describe, expect, it, vi } from 'vitest';
import { ApiError, NetworkError, type ApiClient } from '@sw/api-client';
import { sampleComplaintRequest, type ComplaintReceipt } from '@sw/contracts';
import { createUploader } from './attachments.ts';
import { createPendingFileStore } from './pendingFiles.ts';
import { OUTBOX_STORAGE_KEY, createSubmission } from './submission.ts';
import { createTestRetryEnvironment, flush } from './testing.ts';

const receipt: ComplaintReceipt = {
  ticketNumber: 'HL-20261127-7K3F9Q',
  submittedAt: '2026-11-27T02:00:00.000Z',
  type: 'complaint',
  category: 'port-charges',
  unit: 'market-regulation',
  preferredLocale: 'zh-CN',
  sla: { acknowledgeBy: '2026-11-30T16:00:00.000Z', replyBy: '2026-12-04T16:00:00.000Z' },
  attachments: [],
  trackWith: { phone: '+86 138****5678' },
};

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    map,
  };
}

/** An API client whose POST answers come from `answers` in turn; records every call. */
function fakeApi(answers: Array<() => unknown>) {
  const posts: Array<{ body: unknown; key: string | undefined }> = [];
  const puts: string[] = [];
  const api = {
    post: vi.fn(async (_path: string, _schema: unknown, options: { body: unknown; idempotencyKey?: string }) => {
      posts.push({ body: options.body, key: options.idempotencyKey });
      const next = answers.shift();
      if (!next) throw new Error('no more answers');
      return next();
    }),
    put: vi.fn(async (path: string) => {
      puts.push(path);
      return { id: path.split('/').at(-1), name: 'a.pdf', type: 'application/pdf', size: 4 };
    }),
  } as unknown as ApiClient;
  return { api, posts, puts };
}

const problem = (status: number, code: string) => new ApiError({ type: 'about:blank', title: 'x', status, code });

function setUp(answers: Array<() => unknown>, online = true) {
  const clock = createTestRetryEnvironment(online);
  const storage = memoryStorage();
  const { api, posts, puts } = fakeApi(answers);
  const files = createPendingFileStore(undefined);
  const uploader = createUploader({ api, files, env: clock.env });
  const delivered: ComplaintReceipt[] = [];
  const make = () =>
    createSubmission({ api, uploader, storage, env: clock.env, onDelivered: (r) => delivered.push(r) });
  return { clock, storage, posts, puts, files, delivered, make };
}

describe('sending a complaint', () => {
  it('waits while offline and sends once with the same key when the connection returns', async () => {
    const t = setUp([() => Promise.reject(new NetworkError(new TypeError('offline'))), () => receipt], false);
    const submission = t.make();
    submission.submit(sampleComplaintRequest(), 'key-1', []);
    await flush();
    expect(submission.get()).toMatchObject({ phase: 'sending', retry: { phase: 'offline' } });
    expect(t.storage.map.has(OUTBOX_STORAGE_KEY)).toBe(true); // survives a reload from here on
    submission.submit(sampleComplaintRequest(), 'key-2', []); // a second click changes nothing
    t.clock.goOnline();
    await flush();
    await flush();
    expect(submission.get()).toEqual({ phase: 'delivered', receipt });
    expect(t.posts.map((p) => p.key)).toEqual(['key-1', 'key-1']);
    expect(t.delivered).toEqual([receipt]);
    expect(t.storage.map.has(OUTBOX_STORAGE_KEY)).toBe(false);
  });

  it('backs off after server errors, honours Retry-After, and "try now" cuts the wait', async () => {
    const tooMany = new ApiError(
      { type: 'about:blank', title: 'x', status: 429, code: 'rate_limited' },
      new Response(null, { status: 429, headers: { 'Retry-After': '20' } }),
    );
    const t = setUp([
      () => Promise.reject(problem(503, 'service.unavailable')),
      () => Promise.reject(tooMany),
      () => receipt,
    ]);
    const submission = t.make();
    submission.submit(sampleComplaintRequest(), 'key-1', []);
    await flush();
    const first = submission.get();
    expect(first).toMatchObject({ phase: 'sending', retry: { phase: 'waiting', attempt: 1 } });
    t.clock.advance(1300);
    await flush();
    const second = submission.get();
    expect(
      second.phase === 'sending' && second.retry.phase === 'waiting' && second.retry.nextAttemptAt - 1300,
    ).toBeGreaterThanOrEqual(20_000);
    submission.retryNow();
    await flush();
    await flush();
    expect(submission.get().phase).toBe('delivered');
    expect(t.posts).toHaveLength(3);
  });

  it('stops for good on a refusal, keeping nothing in the outbox', async () => {
    const t = setUp([() => Promise.reject(problem(400, 'validation.failed'))]);
    const submission = t.make();
    submission.submit(sampleComplaintRequest(), 'key-1', []);
    await flush();
    expect(submission.get()).toMatchObject({ phase: 'failed', error: { code: 'validation.failed' } });
    expect(t.storage.map.has(OUTBOX_STORAGE_KEY)).toBe(false);
  });

  it('resumes a submission left in the outbox by a page that was reloaded', async () => {
    const t = setUp([() => new Promise(() => {}), () => receipt]);
    const before = t.make();
    before.submit(sampleComplaintRequest(), 'key-1', []);
    await flush();
    before.stop(); // the page goes away mid-request
    const after = t.make();
    expect(after.resume()).toMatchObject({ key: 'key-1' });
    await flush();
    expect(after.get()).toEqual({ phase: 'delivered', receipt });
    expect(t.posts.map((p) => p.key)).toEqual(['key-1', 'key-1']);
  });

  it('uploads the files it names first, and fails clearly when one is no longer in the browser', async () => {
    const t = setUp([() => receipt]);
    await t.files.put('f-1', new Blob(['%PDF-1.4']));
    const submission = t.make();
    submission.submit(sampleComplaintRequest(), 'key-1', [{ id: 'f-1', name: 'a.pdf' }]);
    await flush();
    await flush();
    expect(t.puts).toEqual(['/complaints/attachments/f-1']);
    expect(submission.get().phase).toBe('delivered');

    const missing = setUp([() => receipt]).make();
    missing.submit(sampleComplaintRequest(), 'key-2', [{ id: 'gone', name: 'lost.pdf' }]);
    await flush();
    expect(missing.get()).toMatchObject({ phase: 'failed', error: { fileName: 'lost.pdf' } });
  });
});
