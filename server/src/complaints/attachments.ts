import { createHash } from 'node:crypto';
import {
  checkAttachment,
  describeAttachmentRefusal,
  type ComplaintAttachment,
  type ComplaintAttachmentUpload,
  type FieldError,
} from '@sw/contracts';
import { ProblemError } from '../http/problem.ts';
import type { ComplaintDb, ComplaintTx } from './tables.ts';

/** Uploads no ticket named within this time are deleted (the form was abandoned). */
export const UNCLAIMED_ATTACHMENT_TTL_MS = 24 * 60 * 60 * 1000;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Stores an uploaded file under the id the browser chose, after checking it by its content. The
 * same id with the same name and content again is a replay (`created: false`); with anything else
 * it is refused, so a retried upload never stores a file twice and an id cannot be overwritten.
 */
export async function storeAttachment(
  db: ComplaintDb,
  id: string,
  upload: ComplaintAttachmentUpload,
  by: { uploadedBy: string; at: string },
): Promise<{ created: boolean; attachment: ComplaintAttachment }> {
  // Buffer.from ignores what is not base64; the schema's pattern and this length check make it strict.
  if (!BASE64.test(upload.content) || upload.content.length % 4 === 1) {
    throw new ProblemError('attachment.invalid_encoding', 'content is not valid base64.');
  }
  const content = Buffer.from(upload.content, 'base64');
  const checked = checkAttachment(upload.name, content);
  if (typeof checked !== 'string')
    throw new ProblemError(checked.code, describeAttachmentRefusal(checked, upload.name));
  const sha256 = createHash('sha256').update(content).digest('hex');
  const attachment: ComplaintAttachment = { id, name: upload.name, type: checked, size: content.length };

  const existing = await db
    .selectFrom('complaint_attachments')
    .select(['name', 'sha256'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (existing) return replayOrConflict(existing, attachment, sha256);
  try {
    await db
      .insertInto('complaint_attachments')
      .values({
        id,
        complaint_id: null,
        position: null,
        name: upload.name,
        type: checked,
        size: content.length,
        sha256,
        content,
        uploaded_by: by.uploadedBy,
        uploaded_at: by.at,
      })
      .execute();
  } catch (error) {
    // The same upload arriving twice at once: the first one stored it.
    const raced = await db
      .selectFrom('complaint_attachments')
      .select(['name', 'sha256'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (raced) return replayOrConflict(raced, attachment, sha256);
    throw error;
  }
  return { created: true, attachment };
}

function replayOrConflict(existing: { name: string; sha256: string }, attachment: ComplaintAttachment, sha256: string) {
  if (existing.name === attachment.name && existing.sha256 === sha256) return { created: false, attachment };
  throw new ProblemError('attachment.conflict', `Attachment ${attachment.id} was already uploaded with other content.`);
}

/**
 * The files a new ticket names, in order; each must be uploaded and not yet belong to a ticket.
 * Refusals come back per file (`attachments.0`), as the form shows them.
 */
export async function attachmentsForNewTicket(
  trx: ComplaintDb | ComplaintTx,
  ids: readonly string[],
): Promise<ComplaintAttachment[]> {
  if (!ids.length) return [];
  const rows = await trx
    .selectFrom('complaint_attachments')
    .select(['id', 'name', 'type', 'size', 'complaint_id'])
    .where('id', 'in', [...ids])
    .execute();
  const byId = new Map(rows.map((row) => [row.id, row]));
  const errors: FieldError[] = [];
  ids.forEach((id, index) => {
    const row = byId.get(id);
    if (!row)
      errors.push({
        path: `attachments.${index}`,
        message: `no uploaded attachment ${id}`,
        code: 'attachment.not_found',
      });
    else if (row.complaint_id)
      errors.push({
        path: `attachments.${index}`,
        message: `attachment ${id} belongs to another ticket`,
        code: 'attachment.conflict',
      });
  });
  if (errors.length) {
    throw new ProblemError('validation.failed', errors.map((e) => `${e.path}: ${e.message}`).join('; '), { errors });
  }
  return ids.map((id) => {
    const row = byId.get(id)!;
    return { id, name: row.name, type: row.type as ComplaintAttachment['type'], size: Number(row.size) };
  });
}

/** A file of a ticket, with its content, for staff. */
export async function attachmentContent(db: ComplaintDb, complaintId: string, attachmentId: string) {
  const row = await db
    .selectFrom('complaint_attachments')
    .select(['name', 'type', 'size', 'content'])
    .where('id', '=', attachmentId)
    .where('complaint_id', '=', complaintId)
    .executeTakeFirst();
  return row
    ? { name: row.name, type: row.type as ComplaintAttachment['type'], size: Number(row.size), content: row.content }
    : undefined;
}

/** Deletes uploads that no ticket named within a day. */
export async function purgeUnclaimedAttachments(db: ComplaintDb, now: Date): Promise<void> {
  const cutoff = new Date(now.getTime() - UNCLAIMED_ATTACHMENT_TTL_MS).toISOString();
  await db
    .deleteFrom('complaint_attachments')
    .where('complaint_id', 'is', null)
    .where('uploaded_at', '<=', cutoff)
    .execute();
}
