import { z } from 'zod';
import { portIdSchema } from '../ports.ts';
import { usageBusinessSchema } from './businesses.ts';
import { usageMonthSchema } from './months.ts';

/** A count of declarations: a whole number, never negative. */
export const usageCountSchema = z.number().int().nonnegative();

/**
 * One business at one port in one month: declarations made through the single window and all
 * declarations of that business (the rate is `singleWindow / total`, see `usageRate`).
 */
export const usageFigureSchema = z
  .object({
    business: usageBusinessSchema,
    port: portIdSchema,
    month: usageMonthSchema,
    singleWindow: usageCountSchema,
    total: usageCountSchema,
    /** 1 for the first published value; each correction adds one (its history keeps every version). */
    revision: z.number().int().positive(),
    /** Where the counts come from (the uploaded statistics' source); absent for demo values. */
    source: z.string().optional(),
    /** Illustrative values, not official statistics. */
    demo: z.boolean(),
  })
  .meta({ id: 'UsageFigure' });
export type UsageFigure = z.infer<typeof usageFigureSchema>;

export const usageTargetSchema = z
  .object({
    /** 1 = 100%. */
    rate: z.number().positive().max(1),
    /** The date by which the rate is to be reached. */
    date: z.iso.date(),
    source: z.string(),
  })
  .meta({ id: 'UsageTarget' });
export type UsageTarget = z.infer<typeof usageTargetSchema>;

export const usageFiguresResponseSchema = z
  .object({
    items: z.array(usageFigureSchema),
    total: z.number().int().nonnegative(),
    /** When the figures last changed (the seed's date, then the latest upload). */
    asOf: z.iso.datetime({ offset: true }),
    target: usageTargetSchema,
  })
  .meta({ id: 'UsageFigures' });
export type UsageFiguresResponse = z.infer<typeof usageFiguresResponseSchema>;

/** The share of declarations made through the single window (0–1), or undefined when there were none. */
export function usageRate(singleWindow: number, total: number): number | undefined {
  return total > 0 ? Math.min(singleWindow / total, 1) : undefined;
}

/** The key of one figure (business, port, month), e.g. for maps and duplicate checks. */
export function usageFigureKey(figure: Pick<UsageFigure, 'business' | 'port' | 'month'>): string {
  return `${figure.business}/${figure.port}/${figure.month}`;
}

/** One version of a figure: the first value or a correction. */
export const usageRevisionSchema = z
  .object({
    revision: z.number().int().positive(),
    singleWindow: usageCountSchema,
    total: usageCountSchema,
    source: z.string().optional(),
    demo: z.boolean(),
    /** The upload's note (e.g. why the figure was corrected). */
    note: z.string().optional(),
    /** The upload that wrote this version; absent for the demo seed. */
    importId: z.string().optional(),
    at: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'UsageRevision' });
export type UsageRevision = z.infer<typeof usageRevisionSchema>;

export const usageRevisionsResponseSchema = z
  .object({
    business: usageBusinessSchema,
    port: portIdSchema,
    month: usageMonthSchema,
    /** Newest first; empty when the figure does not exist. */
    items: z.array(usageRevisionSchema),
  })
  .meta({ id: 'UsageRevisions' });
export type UsageRevisionsResponse = z.infer<typeof usageRevisionsResponseSchema>;
