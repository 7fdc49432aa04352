import { z } from 'zod';
import { stepFieldSchema } from './compare.ts';
import {
  CLEARANCE_ID_PATTERN,
  clearanceAgencySchema,
  clearanceBenchmarkSchema,
  clearanceProcedureSchema,
  stepContentSchema,
  type ClearanceProcedure,
} from './schema.ts';
import { procedureQuerySchema } from './query.ts';
import { procedureTotals, procedureTotalsSchema } from './totals.ts';

// ---------------------------------------------------------------------------------------------
// Reads (anyone)

/** A step as the list shows it: enough to find a procedure and an agency's own steps. */
export const stepOutlineSchema = z.object({
  id: z.string().min(1),
  title: clearanceProcedureSchema.shape.title,
  agencyId: z.string().min(1),
  optional: z.boolean(),
});

/** `GET /api/clearance/procedures`: each procedure without its steps, with outline and totals. */
export const procedureSummarySchema = clearanceProcedureSchema
  .omit({ steps: true })
  .extend({ outline: z.array(stepOutlineSchema), totals: procedureTotalsSchema })
  .meta({ id: 'ClearanceProcedureSummary' });
export type ProcedureSummary = z.infer<typeof procedureSummarySchema>;

export function toProcedureSummary(procedure: ClearanceProcedure): ProcedureSummary {
  const { steps, ...rest } = procedure;
  return {
    ...rest,
    outline: steps.map((step) => ({
      id: step.id,
      title: step.title,
      agencyId: step.agencyId,
      optional: step.optional,
    })),
    totals: procedureTotals(steps),
  };
}

export const procedureListResponseSchema = z
  .object({
    items: z.array(procedureSummarySchema),
    total: z.number().int().nonnegative(),
    /** When the newest of the listed procedures was published. */
    asOf: z.iso.datetime({ offset: true }).optional(),
  })
  .meta({ id: 'ClearanceProcedureList' });
export type ProcedureListResponse = z.infer<typeof procedureListResponseSchema>;

/** The query parameters of `GET /api/clearance/procedures` as strings, for the OpenAPI document. */
export const procedureListQueryParamsSchema = z.object(
  Object.fromEntries(
    Object.keys(procedureQuerySchema.shape).map((key) => [
      key,
      z
        .string()
        .optional()
        .meta({ description: key === 'q' ? 'Search text (at most 100 characters)' : 'Comma-separated, any of' }),
    ]),
  ),
);

export const agencyListResponseSchema = z
  .object({ items: z.array(clearanceAgencySchema) })
  .meta({ id: 'ClearanceAgencyList' });
export type AgencyListResponse = z.infer<typeof agencyListResponseSchema>;

export const benchmarkListResponseSchema = z
  .object({ items: z.array(clearanceBenchmarkSchema) })
  .meta({ id: 'ClearanceBenchmarkList' });
export type BenchmarkListResponse = z.infer<typeof benchmarkListResponseSchema>;

export const VERSION_CHANGE_KINDS = ['changed', 'added', 'removed'] as const;

/** One published version: when, by whose proposal and approval, and what changed. */
export const procedureVersionSchema = z
  .object({
    version: z.number().int().positive(),
    publishedAt: z.iso.datetime({ offset: true }),
    /** The change note of the proposal (in its author's language), or the first publication's note. */
    note: z.string(),
    changes: z.array(
      z.object({ stepId: z.string().min(1), kind: z.enum(VERSION_CHANGE_KINDS), fields: z.array(stepFieldSchema) }),
    ),
    /** Who proposed and who approved the change (absent for the first publication). */
    proposedBy: z.string().optional(),
    approvedBy: z.string().optional(),
  })
  .meta({ id: 'ClearanceProcedureVersion' });
export type ProcedureVersion = z.infer<typeof procedureVersionSchema>;

export const procedureVersionListSchema = z
  .object({ items: z.array(procedureVersionSchema) })
  .meta({ id: 'ClearanceProcedureVersionList' });
export type ProcedureVersionList = z.infer<typeof procedureVersionListSchema>;

// ---------------------------------------------------------------------------------------------
// Proposals (agency operators) and reviews (admin)

/**
 * draft: being edited by the agency; in-review: submitted, waiting for the single-window team;
 * approved: published as a new version; rejected: sent back with a comment, may be edited and resubmitted.
 */
export const DRAFT_STATUSES = ['draft', 'in-review', 'approved', 'rejected'] as const;
export const draftStatusSchema = z.enum(DRAFT_STATUSES);
export type DraftStatus = z.infer<typeof draftStatusSchema>;

/** Drafts that still block another proposal for the same step. */
export const OPEN_DRAFT_STATUSES: readonly DraftStatus[] = ['draft', 'in-review', 'rejected'];

const personSchema = z.object({ id: z.string().min(1), name: z.string() });

export const draftReviewSchema = z.object({
  decision: z.enum(['approved', 'rejected']),
  comment: z.string(),
  by: personSchema,
  at: z.iso.datetime({ offset: true }),
});
export type DraftReview = z.infer<typeof draftReviewSchema>;

const noteSchema = z.string().trim().min(1).max(1000);

export const clearanceDraftSchema = z
  .object({
    id: z.string().min(1),
    procedureId: z.string().min(1),
    stepId: z.string().min(1),
    agencyId: z.string().min(1),
    /** The published version the proposal started from. */
    baseVersion: z.number().int().positive(),
    status: draftStatusSchema,
    content: stepContentSchema,
    /** What changes and why, shown in the published history. */
    note: z.string(),
    author: personSchema,
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
    submittedAt: z.iso.datetime({ offset: true }).optional(),
    /** Every decision so far, oldest first. */
    reviews: z.array(draftReviewSchema),
    /** The version it was published as (approved drafts). */
    publishedVersion: z.number().int().positive().optional(),
  })
  .meta({ id: 'ClearanceDraft' });
export type ClearanceDraft = z.infer<typeof clearanceDraftSchema>;

export const draftListResponseSchema = z
  .object({ items: z.array(clearanceDraftSchema), total: z.number().int().nonnegative() })
  .meta({ id: 'ClearanceDraftList' });
export type DraftListResponse = z.infer<typeof draftListResponseSchema>;

export const draftListQuerySchema = z.object({ status: draftStatusSchema.optional() });

const idSchema = z.string().regex(CLEARANCE_ID_PATTERN);

/** `POST /api/clearance/drafts`: propose new content for one published step. */
export const draftCreateRequestSchema = z
  .strictObject({ procedureId: idSchema, stepId: idSchema, content: stepContentSchema, note: noteSchema })
  .meta({ id: 'ClearanceDraftCreateRequest' });
export type DraftCreateRequest = z.infer<typeof draftCreateRequestSchema>;

/** `PUT /api/clearance/drafts/{id}`: replace the proposal (a rejected one goes back to draft). */
export const draftUpdateRequestSchema = z
  .strictObject({ content: stepContentSchema, note: noteSchema })
  .meta({ id: 'ClearanceDraftUpdateRequest' });
export type DraftUpdateRequest = z.infer<typeof draftUpdateRequestSchema>;

/** `POST /api/clearance/drafts/{id}/review` (admin): approve, or reject with a comment. */
export const draftReviewRequestSchema = z
  .strictObject({
    decision: z.enum(['approve', 'reject']),
    comment: z.string().trim().max(2000).optional(),
  })
  .superRefine((body, ctx) => {
    if (body.decision === 'reject' && !body.comment) {
      ctx.addIssue({ code: 'custom', path: ['comment'], message: 'a rejection needs a comment for the agency' });
    }
  })
  .meta({ id: 'ClearanceDraftReviewRequest' });
export type DraftReviewRequest = z.infer<typeof draftReviewRequestSchema>;
