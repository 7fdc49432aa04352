import { z } from 'zod';
import { localeSchema } from '../locale.ts';

/** open: waiting for the regulator; upheld: the charge may not start as publicised; dismissed. */
export const OBJECTION_STATUSES = ['open', 'upheld', 'dismissed'] as const;
export const objectionStatusSchema = z.enum(OBJECTION_STATUSES);
export type ObjectionStatus = z.infer<typeof objectionStatusSchema>;

const contactSchema = z.object({
  email: z.email().max(200).optional(),
  phone: z
    .string()
    .regex(/^\+?[0-9 ()-]{5,30}$/, 'a phone number: digits, spaces, +, -, ( and )')
    .optional(),
});

/** `POST /api/fees/:id/objections`: anyone may object to a publicised charge. */
export const objectionCreateRequestSchema = z
  .strictObject({
    reason: z.string().trim().min(10).max(4000),
    name: z.string().trim().min(1).max(100).optional(),
    organisation: z.string().trim().min(1).max(200).optional(),
    contact: contactSchema.optional(),
    locale: localeSchema.optional(),
  })
  .meta({ id: 'ObjectionCreateRequest' });
export type ObjectionCreateRequest = z.infer<typeof objectionCreateRequestSchema>;

export const objectionSchema = z
  .object({
    id: z.string().min(1),
    /** Reference quoted to the hotline and in follow-ups, e.g. `OBJ-20261120-7A3F90C2` (submission date and 8 random hex digits). */
    reference: z.string().min(1),
    feeId: z.string().min(1),
    status: objectionStatusSchema,
    reason: z.string(),
    name: z.string().optional(),
    organisation: z.string().optional(),
    /** `name`, `organisation` and `contact` are left out for operators: they see what is objected to, not who objects. */
    contact: contactSchema.optional(),
    locale: localeSchema,
    submittedAt: z.iso.datetime({ offset: true }),
    resolvedAt: z.iso.datetime({ offset: true }).optional(),
    resolution: z.string().optional(),
  })
  .meta({ id: 'Objection' });
export type Objection = z.infer<typeof objectionSchema>;

export const objectionListResponseSchema = z
  .object({ items: z.array(objectionSchema), total: z.number().int().nonnegative() })
  .meta({ id: 'ObjectionList' });
export type ObjectionListResponse = z.infer<typeof objectionListResponseSchema>;

/** `PATCH /api/objections/:id` (regulator, admin): decide an open objection. */
export const objectionResolveRequestSchema = z
  .strictObject({
    status: z.enum(['upheld', 'dismissed']),
    resolution: z.string().trim().min(1).max(4000),
  })
  .meta({ id: 'ObjectionResolveRequest' });
export type ObjectionResolveRequest = z.infer<typeof objectionResolveRequestSchema>;
