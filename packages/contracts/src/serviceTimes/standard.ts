import { z } from 'zod';
import { localizedTextSchema } from '../locale.ts';
import { hasAtMostOneDecimal } from './numbers.ts';
import { clockStartSchema, serviceOperationSchema, timeUnitSchema } from './operations.ts';

/**
 * in-force: the version that applies today; scheduled: published, takes effect later;
 * superseded: replaced by a later version (or never took effect because one was published after it).
 */
export const STANDARD_STATUSES = ['in-force', 'scheduled', 'superseded'] as const;
export const standardStatusSchema = z.enum(STANDARD_STATUSES);
export type StandardStatus = z.infer<typeof standardStatusSchema>;

export const timeLimitSchema = z
  .object({
    /** At most one decimal (e.g. 1.5 hours). */
    value: z.number().positive().max(10_000).refine(hasAtMostOneDecimal, 'at most one decimal place'),
    unit: timeUnitSchema,
  })
  .meta({ id: 'TimeLimit' });
export type TimeLimit = z.infer<typeof timeLimitSchema>;

/** Share of operations completed within the limit that the terminal commits to, in percent. */
export const commitmentPercentSchema = z
  .number()
  .min(50, 'a commitment below 50% is not a standard')
  .max(100)
  .refine(hasAtMostOneDecimal, 'at most one decimal place');

/** A text the publisher writes in all three languages, trimmed, at most `max` characters each. */
const writtenText = (max: number) =>
  z.object({
    'zh-CN': z.string().trim().min(1).max(max),
    'zh-HK': z.string().trim().min(1).max(max),
    en: z.string().trim().min(1).max(max),
  });

/** What a terminal publishes for one operation (the columns of a published time-limit table). */
const standardContentShape = {
  operation: serviceOperationSchema,
  /** How the operation is carried out, step by step. */
  process: localizedTextSchema,
  timeLimit: timeLimitSchema,
  /** The event the limit counts from. */
  clockStart: clockStartSchema,
  commitmentPercent: commitmentPercentSchema,
  /** When the limit applies (booking, documents, container size...). */
  conditions: localizedTextSchema,
  /** What suspends the commitment (typhoon signals, customs holds, system outages...). */
  forceMajeure: localizedTextSchema,
  effectiveFrom: z.iso.date(),
};

/** One published version of a terminal's standard for one operation; versions are never changed. */
export const serviceStandardSchema = z
  .object({
    terminalId: z.string().min(1),
    ...standardContentShape,
    version: z.number().int().positive(),
    status: standardStatusSchema,
    publishedAt: z.iso.datetime({ offset: true }),
    /** What changed and why. */
    changeNote: localizedTextSchema.optional(),
    demo: z.boolean(),
    source: z.string().optional(),
  })
  .meta({ id: 'ServiceStandard' });
export type ServiceStandard = z.infer<typeof serviceStandardSchema>;

/** `GET /api/service-times/standards`: the versions in force today and the scheduled ones. */
export const standardListResponseSchema = z
  .object({
    items: z.array(serviceStandardSchema),
    total: z.number().int().nonnegative(),
    /** The Shenzhen date the statuses were worked out for. */
    asOf: z.iso.date(),
  })
  .meta({ id: 'ServiceStandardList' });
export type StandardListResponse = z.infer<typeof standardListResponseSchema>;

/** `GET …/standards/{operation}/history`: every version, newest first. */
export const standardHistoryResponseSchema = z
  .object({
    terminalId: z.string(),
    operation: serviceOperationSchema,
    items: z.array(serviceStandardSchema),
  })
  .meta({ id: 'ServiceStandardHistory' });
export type StandardHistoryResponse = z.infer<typeof standardHistoryResponseSchema>;

/**
 * `POST /api/service-times/terminals/{id}/standards`: publish a new version for one operation (the
 * first one publishes the operation). It takes effect on `effectiveFrom`, today or later.
 */
export const standardPublishRequestSchema = z
  .strictObject({
    ...standardContentShape,
    process: writtenText(2000),
    conditions: writtenText(2000),
    forceMajeure: writtenText(2000),
    changeNote: writtenText(500).optional(),
    /** Illustrative (example) values rather than the terminal's real standard. */
    demo: z.boolean().default(false),
  })
  .meta({ id: 'ServiceStandardPublishRequest' });
export type StandardPublishRequest = z.infer<typeof standardPublishRequestSchema>;
export type StandardPublishRequestInput = z.input<typeof standardPublishRequestSchema>;
