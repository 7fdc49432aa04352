import { z } from 'zod';
import { localeSchema } from '../locale.ts';
import { COMPLAINT_ATTACHMENT_LIMITS, complaintAttachmentIdSchema } from './attachments.ts';
import { contactPhoneSchema } from './phone.ts';
import { normaliseTicketNumber } from './ticketNumber.ts';
import {
  COMPLAINT_DESCRIPTION_LIMITS,
  COMPLAINT_EMAIL_MAX,
  complaintContactSchema,
  complaintRelatedItemSchema,
  complaintTextSchema,
} from './records.ts';
import {
  complaintCategorySchema,
  complaintOutcomeSchema,
  complaintTypeSchema,
  complaintUnitSchema,
} from './taxonomy.ts';

/** The privacy notice the submitter consents to; a new wording gets a new version. */
export const COMPLAINT_PRIVACY_NOTICE_VERSION = '2026-01';

/**
 * `POST /api/complaints` (anyone; Idempotency-Key; rate-limited per client). The unit follows from
 * the category; attachments are uploaded first (`PUT /api/complaints/attachments/{id}`) and named here.
 */
export const complaintCreateRequestSchema = z
  .strictObject({
    type: complaintTypeSchema,
    category: complaintCategorySchema,
    relatedItem: complaintRelatedItemSchema.strict().optional(),
    description: complaintTextSchema(COMPLAINT_DESCRIPTION_LIMITS.min, COMPLAINT_DESCRIPTION_LIMITS.max),
    contact: complaintContactSchema
      .strict()
      .refine((contact) => contact.phone !== undefined || contact.email !== undefined, {
        path: ['phone'],
        message: 'a phone number or an e-mail address, to reply and to track the ticket',
      }),
    preferredLocale: localeSchema,
    attachments: z
      .array(complaintAttachmentIdSchema)
      .max(COMPLAINT_ATTACHMENT_LIMITS.maxFiles)
      .refine((ids) => new Set(ids).size === ids.length, 'each attachment once')
      .default([]),
    /** Consent to the privacy notice of `privacyNoticeVersion`. */
    consent: z.literal(true, 'consent to the privacy notice is required'),
    privacyNoticeVersion: z.string().min(1).max(20),
  })
  .meta({ id: 'ComplaintCreateRequest' });
export type ComplaintCreateRequest = z.infer<typeof complaintCreateRequestSchema>;
export type ComplaintCreateRequestInput = z.input<typeof complaintCreateRequestSchema>;

/**
 * `POST /api/complaints/track` (anyone; rate-limited): the ticket number and the phone number or
 * e-mail address it was filed with. A POST, so the contact never appears in a URL or an access log.
 */
export const complaintTrackRequestSchema = z
  .strictObject({
    ticketNumber: z
      .string()
      .max(40)
      .refine((value) => normaliseTicketNumber(value) !== undefined, 'a ticket number like HL-20261127-7K3F9Q'),
    phone: contactPhoneSchema.optional(),
    email: z.email().max(COMPLAINT_EMAIL_MAX).optional(),
  })
  .refine((request) => (request.phone === undefined) !== (request.email === undefined), {
    path: ['phone'],
    message: 'either the phone number or the e-mail address the ticket was filed with',
  })
  .meta({ id: 'ComplaintTrackRequest' });
export type ComplaintTrackRequest = z.infer<typeof complaintTrackRequestSchema>;

/** `POST /api/complaints/{id}/assign`: hand the ticket to a member of staff of its unit. */
export const complaintAssignRequestSchema = z
  .strictObject({ assigneeId: z.string().min(1).max(100) })
  .meta({ id: 'ComplaintAssignRequest' });
export type ComplaintAssignRequest = z.infer<typeof complaintAssignRequestSchema>;

/** `POST /api/complaints/{id}/reroute`: send a misrouted ticket to the unit responsible. */
export const complaintRerouteRequestSchema = z
  .strictObject({ unit: complaintUnitSchema, note: complaintTextSchema(1, 1000).optional() })
  .meta({ id: 'ComplaintRerouteRequest' });
export type ComplaintRerouteRequest = z.infer<typeof complaintRerouteRequestSchema>;

/** `POST /api/complaints/{id}/replies`: a reply the submitter reads when tracking. */
export const complaintReplyRequestSchema = z
  .strictObject({ message: complaintTextSchema(1, 4000) })
  .meta({ id: 'ComplaintReplyRequest' });
export type ComplaintReplyRequest = z.infer<typeof complaintReplyRequestSchema>;

/** `POST /api/complaints/{id}/close`: close with an outcome and a resolution the submitter reads. */
export const complaintCloseRequestSchema = z
  .strictObject({ outcome: complaintOutcomeSchema, resolution: complaintTextSchema(1, 4000) })
  .meta({ id: 'ComplaintCloseRequest' });
export type ComplaintCloseRequest = z.infer<typeof complaintCloseRequestSchema>;
