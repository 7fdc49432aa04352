import {
  COMPLAINT_ATTACHMENT_LIMITS,
  bytesToBase64,
  checkAttachment,
  complaintAttachmentSchema,
  type ComplaintAttachment,
  type ComplaintAttachmentType,
} from '@sw/contracts';
import type { ApiClient } from '@sw/api-client';
import type { PendingFileStore } from './pendingFiles.ts';
import { browserRetryEnvironment, withRetry, type RetryEnvironment } from './retry.ts';

/** The browser's own check of a picked file (the server checks again): by content, size and name. */
export async function checkPickedFile(
  file: File,
): Promise<{ ok: true; type: ComplaintAttachmentType } | { ok: false; code: string }> {
  if (file.size > COMPLAINT_ATTACHMENT_LIMITS.maxBytes) return { ok: false, code: 'attachment.too_large' };
  const checked = checkAttachment(file.name, new Uint8Array(await file.arrayBuffer()));
  return typeof checked === 'string' ? { ok: true, type: checked } : { ok: false, code: checked.code };
}

/** A file the person picked that this browser no longer has (reloaded where files cannot be kept). */
export class MissingFileError extends Error {
  constructor(readonly fileName: string) {
    super(`${fileName} is no longer in this browser; attach it again`);
  }
}

/**
 * Uploads picked files under their ids, each once at a time however many ask (the form when a file
 * is picked, the submission before it sends), retrying while offline or on server errors. The
 * upload is idempotent on the server too: the same id and content again is the same file.
 */
export function createUploader(deps: { api: ApiClient; files: PendingFileStore; env?: RetryEnvironment }) {
  const env = deps.env ?? browserRetryEnvironment;
  const running = new Map<string, Promise<ComplaintAttachment>>();
  const lifetime = new AbortController();
  return {
    upload(id: string, name: string): Promise<ComplaintAttachment> {
      const known = running.get(id);
      if (known) return known;
      const task = (async () => {
        const blob = await deps.files.get(id);
        if (!blob) throw new MissingFileError(name);
        const content = bytesToBase64(new Uint8Array(await blob.arrayBuffer()));
        const stored = await withRetry(
          () => deps.api.put(`/complaints/attachments/${id}`, complaintAttachmentSchema, { body: { name, content } }),
          { env, signal: lifetime.signal },
        );
        await deps.files.delete(id);
        return stored;
      })().finally(() => running.delete(id));
      running.set(id, task);
      return task;
    },
    dispose() {
      lifetime.abort();
    },
  };
}
export type Uploader = ReturnType<typeof createUploader>;
