/**
 * The complaint intake's stable problem codes and their HTTP status (merged into `API_ERROR_CODES`).
 * Attachment codes also come back per file as field errors (`attachments.0`) when a ticket names
 * an attachment that cannot be used.
 */
export const COMPLAINT_ERROR_CODES = {
  'complaint.not_found': 404,
  'complaint.closed': 409,
  'complaint.same_unit': 409,
  'attachment.empty': 400,
  'attachment.invalid_encoding': 400,
  'attachment.conflict': 409,
  'attachment.too_large': 413,
  'attachment.type_not_allowed': 415,
  'attachment.type_mismatch': 415,
  'attachment.not_found': 404,
} as const;
