import { z } from 'zod';
import { localizedTextSchema } from '../locale.ts';
import { portIdSchema } from '../ports.ts';

export const FEE_CATEGORIES = [
  'port-dues',
  'port-construction',
  'security',
  'pilotage',
  'tugboat',
  'berthing',
  'terminal-handling',
  'storage',
  'agency',
  'customs-broker',
  'quarantine-treatment',
  'inspection',
  'documentation',
  'equipment',
] as const;
export const feeCategorySchema = z.enum(FEE_CATEGORIES);
export type FeeCategory = z.infer<typeof feeCategorySchema>;

export const PRICING_TYPES = ['government-set', 'government-guided', 'market-regulated'] as const;
export const pricingTypeSchema = z.enum(PRICING_TYPES);
export type PricingType = z.infer<typeof pricingTypeSchema>;

export const FEE_UNITS = [
  'teu20',
  'feu40',
  'container',
  'ton',
  'net-ton',
  'ship',
  'trip',
  'declaration',
  'consignment',
  'bill-of-lading',
  'container-day',
  'hour',
] as const;
export const feeUnitSchema = z.enum(FEE_UNITS);
export type FeeUnit = z.infer<typeof feeUnitSchema>;

/**
 * publicised: announced, objections open, not yet chargeable; effective: may be charged;
 * suspended: temporarily not charged; abolished: no longer exists; withdrawn: a publicised item
 * that never became chargeable (withdrawn by its operator, or an objection to it was upheld).
 */
export const FEE_STATUSES = ['publicised', 'effective', 'suspended', 'abolished', 'withdrawn'] as const;
export const feeStatusSchema = z.enum(FEE_STATUSES);
export type FeeStatus = z.infer<typeof feeStatusSchema>;

const isoDateSchema = z.iso.date();

/** Whether a charge is levied on imports, exports or both (for the charge estimator). */
export const SHIPMENT_DIRECTIONS = ['import', 'export'] as const;
export const shipmentDirectionSchema = z.enum(SHIPMENT_DIRECTIONS);
export type ShipmentDirection = z.infer<typeof shipmentDirectionSchema>;

/**
 * When a charge arises for a shipment. always: every shipment of its kind; vessel-call: once per
 * ship's call (borne by the ship unless chartered); inspection: only when customs selects the goods
 * for inspection; dangerous-goods, reefer, quarantine: only for such cargo or treatment;
 * on-request: an optional service the trader may order.
 */
export const FEE_CONDITIONS = [
  'always',
  'vessel-call',
  'inspection',
  'dangerous-goods',
  'reefer',
  'quarantine',
  'on-request',
] as const;
export const feeConditionSchema = z.enum(FEE_CONDITIONS);
export type FeeCondition = z.infer<typeof feeConditionSchema>;

/** What the estimator needs to know about an item; absent parts default from its category. */
export const feeApplicabilitySchema = z
  .strictObject({
    directions: z.array(shipmentDirectionSchema).min(1).max(2).optional(),
    condition: feeConditionSchema.optional(),
  })
  .meta({ id: 'FeeApplicability' });
export type FeeApplicability = z.infer<typeof feeApplicabilitySchema>;

/**
 * A publicity period (measure 3): from `startsOn` to `endsOn` inclusive, `workingDays` working
 * days long; objections are taken during it. Dates are Shenzhen calendar dates.
 */
export const publicitySchema = z
  .object({
    startsOn: isoDateSchema,
    endsOn: isoDateSchema,
    workingDays: z.number().int().min(1).max(60),
  })
  .meta({ id: 'Publicity' });
export type Publicity = z.infer<typeof publicitySchema>;

export const feeStandardSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('fixed'), amount: z.number().nonnegative(), currency: z.literal('CNY') }),
    z.object({
      kind: z.literal('formula'),
      /** Human-readable rule, e.g. "0.085 yuan per net ton, minimum 500 yuan". */
      formula: localizedTextSchema,
      /** Indicative amount for sorting and comparison, when one can be given. */
      indicativeAmount: z.number().nonnegative().optional(),
      currency: z.literal('CNY'),
    }),
  ])
  .meta({ id: 'FeeStandard' });
export type FeeStandard = z.infer<typeof feeStandardSchema>;

/**
 * A change of an effective item's standard that has not taken effect yet: a raise under publicity
 * (objections open until `publicity.endsOn`), or a cut scheduled for a later date (no publicity).
 */
export const pendingChangeSchema = z
  .object({
    standard: feeStandardSchema,
    effectiveFrom: isoDateSchema,
    publicity: publicitySchema.optional(),
  })
  .meta({ id: 'FeePendingChange' });
export type PendingChange = z.infer<typeof pendingChangeSchema>;

/** One item of the port charge catalogue, with what WTO TFA Art. 6.1 asks to publish. */
export const feeItemSchema = z
  .object({
    id: z.string().min(1),
    code: z.string().min(1),
    chargingBody: z.object({ id: z.string().min(1), name: localizedTextSchema }),
    name: localizedTextSchema,
    category: feeCategorySchema,
    /** The service rendered and why it is charged. */
    service: localizedTextSchema,
    standard: feeStandardSchema,
    unit: feeUnitSchema,
    pricingType: pricingTypeSchema,
    legalBasis: z.object({ title: localizedTextSchema, url: z.url().optional() }),
    /** When and how it is paid. */
    payment: localizedTextSchema,
    ports: z.array(portIdSchema).min(1),
    effectiveFrom: isoDateSchema,
    status: feeStatusSchema,
    /** Where the figure comes from; absent for illustrative demo values. */
    source: z.string().optional(),
    demo: z.boolean(),
    /** For whom and when the charge arises (estimator); defaults from the category when absent. */
    appliesTo: feeApplicabilitySchema.optional(),
    /** The publicity period of a publicised item (a new item, not yet chargeable). */
    publicity: publicitySchema.optional(),
    /** A raise under publicity, or a scheduled cut, of an effective item. */
    pendingChange: pendingChangeSchema.optional(),
  })
  .meta({ id: 'FeeItem' });
export type FeeItem = z.infer<typeof feeItemSchema>;

export const feeListResponseSchema = z
  .object({
    items: z.array(feeItemSchema),
    total: z.number().int().nonnegative(),
    asOf: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'FeeListResponse' });
export type FeeListResponse = z.infer<typeof feeListResponseSchema>;
