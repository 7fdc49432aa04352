import { z } from 'zod';
import { localeSchema } from '../locale.ts';
import { complaintAttachmentSchema } from './attachments.ts';
import { contactPhoneSchema } from './phone.ts';
import { complaintSlaSchema } from './sla.ts';
import {
  complaintCategorySchema,
  complaintOutcomeSchema,
  complaintStatusSchema,
  complaintTypeSchema,
  complaintUnitSchema,
} from './taxonomy.ts';

const instant = z.iso.datetime({ offset: true });

/**
 * Free text as people type it, kept as it is (HTML or script stays inert text, shown escaped), minus
 * control characters, which no one types and some databases refuse.
 */
export const complaintTextSchema = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    // eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
    .regex(/^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/, 'no control characters');

export const COMPLAINT_DESCRIPTION_LIMITS = { min: 10, max: 4000 } as const;
export const COMPLAINT_NAME_MAX = 50;
export const COMPLAINT_EMAIL_MAX = 200;

/** What the ticket is about when another module opened the form (a charge, a terminal's time limit…). */
export const complaintRelatedItemSchema = z
  .object({
    kind: z.string().trim().min(1).max(40),
    id: z.string().trim().min(1).max(200).optional(),
    label: complaintTextSchema(1, 200),
  })
  .meta({ id: 'ComplaintRelatedItem' });
export type ComplaintRelatedItem = z.infer<typeof complaintRelatedItemSchema>;

/** How to reach the person: a name and a phone number, an e-mail address or both. */
export const complaintContactSchema = z
  .object({
    name: complaintTextSchema(1, COMPLAINT_NAME_MAX),
    phone: contactPhoneSchema.optional(),
    email: z.email().max(COMPLAINT_EMAIL_MAX).optional(),
  })
  .meta({ id: 'ComplaintContact' });
export type ComplaintContact = z.infer<typeof complaintContactSchema>;

/** A member of staff as tickets name them. */
export const complaintStaffRefSchema = z.object({ id: z.string().min(1), name: z.string() });
export type ComplaintStaffRef = z.infer<typeof complaintStaffRefSchema>;

export const COMPLAINT_EVENT_KINDS = ['received', 'acknowledged', 'assigned', 'rerouted', 'replied', 'closed'] as const;
export const complaintEventKindSchema = z.enum(COMPLAINT_EVENT_KINDS);
export type ComplaintEventKind = z.infer<typeof complaintEventKindSchema>;

/** One step in a ticket's history. */
export const complaintEventSchema = z
  .object({
    at: instant,
    kind: complaintEventKindSchema,
    /** Who acted (staff views only). */
    actor: complaintStaffRefSchema.optional(),
    /** replied: the reply; closed: the resolution; rerouted: the reason (staff views only). */
    message: z.string().optional(),
    /** rerouted: from which unit to which. */
    fromUnit: complaintUnitSchema.optional(),
    unit: complaintUnitSchema.optional(),
    /** assigned: to whom. */
    assignee: complaintStaffRefSchema.optional(),
    /** closed: how. */
    outcome: complaintOutcomeSchema.optional(),
  })
  .meta({ id: 'ComplaintEvent' });
export type ComplaintEvent = z.infer<typeof complaintEventSchema>;

export const complaintResolutionSchema = z.object({ outcome: complaintOutcomeSchema, text: z.string(), at: instant });
export type ComplaintResolution = z.infer<typeof complaintResolutionSchema>;

/** A ticket in full, as staff of its unit see it on the ticket page. */
export const complaintSchema = z
  .object({
    id: z.uuid(),
    /** Quoted by the submitter to track it and on the phone, e.g. `HL-20261127-7K3F9Q`. */
    ticketNumber: z.string(),
    type: complaintTypeSchema,
    category: complaintCategorySchema,
    unit: complaintUnitSchema,
    status: complaintStatusSchema,
    relatedItem: complaintRelatedItemSchema.optional(),
    description: z.string(),
    contact: complaintContactSchema,
    /** The language to reply in. */
    preferredLocale: localeSchema,
    attachments: z.array(complaintAttachmentSchema),
    submittedAt: instant,
    sla: complaintSlaSchema,
    assignee: complaintStaffRefSchema.optional(),
    resolution: complaintResolutionSchema.optional(),
    history: z.array(complaintEventSchema),
    demo: z.boolean(),
  })
  .meta({ id: 'Complaint' });
export type Complaint = z.infer<typeof complaintSchema>;

/** A ticket in the triage queue: personal data masked, the description cut short. */
export const complaintSummarySchema = z
  .object({
    id: z.uuid(),
    ticketNumber: z.string(),
    type: complaintTypeSchema,
    category: complaintCategorySchema,
    unit: complaintUnitSchema,
    status: complaintStatusSchema,
    relatedItem: complaintRelatedItemSchema.optional(),
    excerpt: z.string(),
    /** Masked: `张*`, `+86 138****5678`, `l***@example.com`. */
    contact: z.object({ name: z.string(), phone: z.string().optional(), email: z.string().optional() }),
    attachmentCount: z.number().int().nonnegative(),
    submittedAt: instant,
    sla: complaintSlaSchema,
    assignee: complaintStaffRefSchema.optional(),
    closedAt: instant.optional(),
    demo: z.boolean(),
  })
  .meta({ id: 'ComplaintSummary' });
export type ComplaintSummary = z.infer<typeof complaintSummarySchema>;

export const complaintListResponseSchema = z
  .object({ items: z.array(complaintSummarySchema), total: z.number().int().nonnegative() })
  .meta({ id: 'ComplaintList' });
export type ComplaintListResponse = z.infer<typeof complaintListResponseSchema>;

/** What the submitter gets back: the number to quote and when to expect an answer. */
export const complaintReceiptSchema = z
  .object({
    ticketNumber: z.string(),
    submittedAt: instant,
    type: complaintTypeSchema,
    category: complaintCategorySchema,
    unit: complaintUnitSchema,
    preferredLocale: localeSchema,
    sla: complaintSlaSchema.pick({ acknowledgeBy: true, replyBy: true }),
    attachments: z.array(complaintAttachmentSchema),
    /** The contact to track it with, masked (the receipt may be printed or left on screen). */
    trackWith: z.object({ phone: z.string().optional(), email: z.string().optional() }),
  })
  .meta({ id: 'ComplaintReceipt' });
export type ComplaintReceipt = z.infer<typeof complaintReceiptSchema>;

export const COMPLAINT_PUBLIC_EVENT_KINDS = ['received', 'acknowledged', 'rerouted', 'replied', 'closed'] as const;

/** The ticket as its submitter sees it when tracking: no staff names, no internal notes. */
export const complaintTrackingSchema = z
  .object({
    ticketNumber: z.string(),
    type: complaintTypeSchema,
    category: complaintCategorySchema,
    unit: complaintUnitSchema,
    status: complaintStatusSchema,
    relatedItem: complaintRelatedItemSchema.optional(),
    description: z.string(),
    attachments: z.array(complaintAttachmentSchema.pick({ name: true, type: true, size: true })),
    submittedAt: instant,
    sla: complaintSlaSchema,
    history: z.array(
      complaintEventSchema.pick({ at: true, message: true, unit: true, outcome: true }).extend({
        kind: z.enum(COMPLAINT_PUBLIC_EVENT_KINDS),
      }),
    ),
  })
  .meta({ id: 'ComplaintTracking' });
export type ComplaintTracking = z.infer<typeof complaintTrackingSchema>;

/** Someone who may be assigned tickets, with the units they handle. */
export const complaintStaffMemberSchema = z
  .object({
    id: z.string().min(1),
    name: z.string(),
    role: z.enum(['regulator', 'admin']),
    units: z.array(complaintUnitSchema),
  })
  .meta({ id: 'ComplaintStaffMember' });
export type ComplaintStaffMember = z.infer<typeof complaintStaffMemberSchema>;

export const complaintStaffListResponseSchema = z
  .object({ items: z.array(complaintStaffMemberSchema) })
  .meta({ id: 'ComplaintStaffList' });
export type ComplaintStaffListResponse = z.infer<typeof complaintStaffListResponseSchema>;
