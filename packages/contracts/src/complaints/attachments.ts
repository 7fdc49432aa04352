import { z } from 'zod';

/** What a complaint may carry: images and PDF, judged by their content (magic bytes), not their name. */
export const COMPLAINT_ATTACHMENT_TYPES = [
  'image/jpeg',
  'image/png',
  'image/gif',
  'image/webp',
  'application/pdf',
] as const;
export type ComplaintAttachmentType = (typeof COMPLAINT_ATTACHMENT_TYPES)[number];

export const COMPLAINT_ATTACHMENT_LIMITS = {
  /** Files per complaint. */
  maxFiles: 5,
  /** Bytes per file (4 MiB: a phone photo or a scanned receipt). */
  maxBytes: 4 * 1024 * 1024,
  maxNameLength: 200,
} as const;

/** File name endings each type may have (compared case-insensitively). */
export const COMPLAINT_ATTACHMENT_EXTENSIONS: Readonly<Record<ComplaintAttachmentType, readonly string[]>> = {
  'image/jpeg': ['jpg', 'jpeg', 'jpe', 'jfif'],
  'image/png': ['png'],
  'image/gif': ['gif'],
  'image/webp': ['webp'],
  'application/pdf': ['pdf'],
};

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((byte, i) => bytes[offset + i] === byte);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The attachment type the content really is, from its first bytes; undefined for anything else. */
export function sniffAttachmentType(bytes: Uint8Array): ComplaintAttachmentType | undefined {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
  return undefined;
}

export const attachmentExtension = (name: string): string => {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
};

/** Why a file is refused; each is a stable problem code too. */
export type AttachmentRefusal =
  | { code: 'attachment.empty' }
  | { code: 'attachment.too_large'; maxBytes: number }
  | { code: 'attachment.type_not_allowed' }
  | { code: 'attachment.type_mismatch'; detected: ComplaintAttachmentType; extension: string };

/**
 * Checks one file as both the browser (for an instant answer) and the server (which decides) do:
 * not empty, not too large, an allowed type by content, and a name whose ending matches the
 * content, so a disguised file (`receipt.pdf` that is a program, `photo.jpg` that is a PDF) is refused.
 */
export function checkAttachment(name: string, bytes: Uint8Array): AttachmentRefusal | ComplaintAttachmentType {
  if (bytes.length === 0) return { code: 'attachment.empty' };
  if (bytes.length > COMPLAINT_ATTACHMENT_LIMITS.maxBytes) {
    return { code: 'attachment.too_large', maxBytes: COMPLAINT_ATTACHMENT_LIMITS.maxBytes };
  }
  const detected = sniffAttachmentType(bytes);
  if (!detected) return { code: 'attachment.type_not_allowed' };
  const extension = attachmentExtension(name);
  if (!COMPLAINT_ATTACHMENT_EXTENSIONS[detected].includes(extension)) {
    return { code: 'attachment.type_mismatch', detected, extension };
  }
  return detected;
}

/** Bytes needed to judge a file's type (the browser reads only these before uploading). */
export const ATTACHMENT_SNIFF_BYTES = 16;

export const complaintAttachmentIdSchema = z.uuid();
/** The upload route's path parameters. */
export const complaintAttachmentParamsSchema = z.object({ id: complaintAttachmentIdSchema });

/** A stored attachment as lists and tickets show it (the content is fetched separately by staff). */
export const complaintAttachmentSchema = z
  .object({
    id: complaintAttachmentIdSchema,
    name: z.string(),
    /** The type found in the content. */
    type: z.enum(COMPLAINT_ATTACHMENT_TYPES),
    size: z.number().int().positive(),
  })
  .meta({ id: 'ComplaintAttachment' });
export type ComplaintAttachment = z.infer<typeof complaintAttachmentSchema>;

/**
 * The upload route's body limit: room for a file twice the size limit in base64, so a file that is
 * somewhat too large is answered `attachment.too_large` (with the limit) rather than a bare 413.
 */
export const COMPLAINT_ATTACHMENT_BODY_LIMIT = Math.ceil((2 * COMPLAINT_ATTACHMENT_LIMITS.maxBytes) / 3) * 4 + 4096;

/**
 * `PUT /api/complaints/attachments/{id}`: the browser picks the id (a UUID), so retrying an upload
 * never stores it twice. The content goes as base64 in JSON, like every other write.
 */
export const complaintAttachmentUploadSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(COMPLAINT_ATTACHMENT_LIMITS.maxNameLength),
    /** The file, base64-encoded. */
    content: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'the file content, base64-encoded'),
  })
  .meta({ id: 'ComplaintAttachmentUpload' });
export type ComplaintAttachmentUpload = z.infer<typeof complaintAttachmentUploadSchema>;

/** Base64 (standard alphabet) to bytes, in browsers and Node alike; throws on malformed input. */
export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Bytes to base64, in chunks so large files do not overflow the argument list. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The refusal in words (English, for the problem's `detail`; clients show their own text by code). */
export function describeAttachmentRefusal(refusal: AttachmentRefusal, name: string): string {
  switch (refusal.code) {
    case 'attachment.empty':
      return `${name} is empty.`;
    case 'attachment.too_large':
      return `${name} is larger than ${refusal.maxBytes} bytes.`;
    case 'attachment.type_not_allowed':
      return `${name} is not an image (JPEG, PNG, GIF, WebP) or a PDF, whatever its name says.`;
    case 'attachment.type_mismatch':
      return `${name} contains ${refusal.detected} but its name ends in ".${refusal.extension}".`;
  }
}

/**
 * Headers for sending a stored file to staff: saved, never rendered in the portal's origin (no
 * sniffing, a sandbox), the name kept in UTF-8 (RFC 6266) with an ASCII fallback.
 */
export function complaintAttachmentHeaders(
  attachment: Pick<ComplaintAttachment, 'name' | 'type' | 'size'>,
): Record<string, string> {
  const ascii = attachment.name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return {
    'Content-Type': attachment.type,
    'Content-Length': String(attachment.size),
    'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(attachment.name)}`,
    'Content-Security-Policy': "sandbox; default-src 'none'",
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, no-store',
  };
}
