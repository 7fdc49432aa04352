import { z } from 'zod';
import { localizedTextSchema } from '../locale.ts';
import { portIdSchema } from '../ports.ts';
import { feeCategorySchema, feeStandardSchema, feeStatusSchema, feeUnitSchema, type FeeStandard } from './schema.ts';

/**
 * What happened to an item. publicised: listed as a new charge under publicity; effective: became
 * chargeable; standard-changed: a new standard took effect (a cut, or a raise after its publicity);
 * raise-publicised / cut-scheduled: a change announced for a later date; change-withdrawn: such a
 * change dropped; objection-*: an objection lodged or decided (upheld withdraws the item or the
 * raise); status-changed, withdrawn: the item suspended, resumed, abolished or withdrawn; edited:
 * other published details changed (`fields`); listed: in the catalogue since that date (first record).
 */
export const FEE_HISTORY_KINDS = [
  'listed',
  'publicised',
  'effective',
  'standard-changed',
  'raise-publicised',
  'cut-scheduled',
  'change-withdrawn',
  'objection-lodged',
  'objection-upheld',
  'objection-dismissed',
  'status-changed',
  'withdrawn',
  'edited',
] as const;
export const feeHistoryKindSchema = z.enum(FEE_HISTORY_KINDS);
export type FeeHistoryKind = z.infer<typeof feeHistoryKindSchema>;

export const feeHistoryEntrySchema = z
  .object({
    id: z.string().min(1),
    feeId: z.string().min(1),
    kind: feeHistoryKindSchema,
    /** The calendar date the change applies from (or happened on). */
    date: z.iso.date(),
    /** When it was recorded. */
    at: z.iso.datetime({ offset: true }),
    standardBefore: feeStandardSchema.optional(),
    standardAfter: feeStandardSchema.optional(),
    /** Change of the (indicative) amount in per cent, when both amounts are known. */
    changePercent: z.number().optional(),
    statusBefore: feeStatusSchema.optional(),
    statusAfter: feeStatusSchema.optional(),
    /** The regulator's reasons, an objection's reasons, or an operator's note. */
    note: z.string().optional(),
    objectionReference: z.string().optional(),
    /** For `edited`: which published fields changed. */
    fields: z.array(z.string()).optional(),
    source: z.string().optional(),
    demo: z.boolean(),
  })
  .meta({ id: 'FeeHistoryEntry' });
export type FeeHistoryEntry = z.infer<typeof feeHistoryEntrySchema>;

/** `GET /api/fees/{id}/history`: oldest first. */
export const feeHistoryResponseSchema = z
  .object({ feeId: z.string(), entries: z.array(feeHistoryEntrySchema) })
  .meta({ id: 'FeeHistory' });
export type FeeHistoryResponse = z.infer<typeof feeHistoryResponseSchema>;

/** The item a reduction belongs to, as much as a list of cuts needs. */
export const feeSummarySchema = z
  .object({
    id: z.string(),
    code: z.string(),
    name: localizedTextSchema,
    chargingBody: z.object({ id: z.string(), name: localizedTextSchema }),
    category: feeCategorySchema,
    unit: feeUnitSchema,
    ports: z.array(portIdSchema),
    status: feeStatusSchema,
  })
  .meta({ id: 'FeeSummary' });
export type FeeSummary = z.infer<typeof feeSummarySchema>;

/** `GET /api/fees/reductions?since=`: every cut (and abolition) from that date, newest first. */
export const feeReductionListSchema = z
  .object({
    since: z.iso.date(),
    items: z.array(z.object({ fee: feeSummarySchema, entry: feeHistoryEntrySchema })),
  })
  .meta({ id: 'FeeReductionList' });
export type FeeReductionList = z.infer<typeof feeReductionListSchema>;

export const feeReductionQuerySchema = z.object({ since: z.iso.date() });

export function standardAmount(standard: FeeStandard | undefined): number | undefined {
  if (!standard) return undefined;
  return standard.kind === 'fixed' ? standard.amount : standard.indicativeAmount;
}

/** Per cent change from one standard to another, two decimals; undefined when an amount is unknown or zero. */
export function changePercent(before: FeeStandard | undefined, after: FeeStandard | undefined): number | undefined {
  const from = standardAmount(before);
  const to = standardAmount(after);
  if (from === undefined || to === undefined || from === 0) return undefined;
  return Math.round(((to - from) / from) * 10_000) / 100;
}

/** A reduction: a standard that went down, or a charge abolished. */
export function isReduction(entry: FeeHistoryEntry): boolean {
  if (entry.kind === 'standard-changed') return (entry.changePercent ?? 0) < 0;
  return entry.kind === 'status-changed' && entry.statusAfter === 'abolished';
}
