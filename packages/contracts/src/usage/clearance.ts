import { z } from 'zod';
import { portIdSchema } from '../ports.ts';
import { usageMonthSchema } from './months.ts';

/** Average release time at one port in one month (measure 29's clearance-time evaluation). */
export const usageClearanceTimeSchema = z
  .object({
    port: portIdSchema,
    month: usageMonthSchema,
    /** Average hours from declaration to release, imports. */
    importHours: z.number().nonnegative(),
    /** Average hours from declaration to release, exports. */
    exportHours: z.number().nonnegative(),
    source: z.string().optional(),
    demo: z.boolean(),
  })
  .meta({ id: 'UsageClearanceTime' });
export type UsageClearanceTime = z.infer<typeof usageClearanceTimeSchema>;

export const NATIONAL_CLEARANCE_KINDS = ['baseline', 'target', 'actual'] as const;

/** A published national figure (General Administration of Customs) drawn as a reference line. */
export const nationalClearanceTimeSchema = z
  .object({
    id: z.string().min(1),
    kind: z.enum(NATIONAL_CLEARANCE_KINDS),
    /** The year (`2017`) or month (`2020-12`) the figure describes. */
    period: z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/),
    importHours: z.number().nonnegative(),
    exportHours: z.number().nonnegative(),
    source: z.string().min(1),
  })
  .meta({ id: 'NationalClearanceTime' });
export type NationalClearanceTime = z.infer<typeof nationalClearanceTimeSchema>;

export const usageClearanceTimesResponseSchema = z
  .object({
    items: z.array(usageClearanceTimeSchema),
    total: z.number().int().nonnegative(),
    national: z.array(nationalClearanceTimeSchema),
    asOf: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'ClearanceTimes' });
export type UsageClearanceTimesResponse = z.infer<typeof usageClearanceTimesResponseSchema>;
