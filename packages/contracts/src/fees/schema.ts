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
 * suspended: temporarily not charged; abolished: no longer exists.
 */
export const FEE_STATUSES = ['publicised', 'effective', 'suspended', 'abolished'] as const;
export const feeStatusSchema = z.enum(FEE_STATUSES);
export type FeeStatus = z.infer<typeof feeStatusSchema>;

const isoDateSchema = z.iso.date();

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
