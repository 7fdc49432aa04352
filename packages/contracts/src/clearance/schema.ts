import { z } from 'zod';
import { localizedTextSchema } from '../locale.ts';
import { portIdSchema } from '../ports.ts';

/** How goods cross: by sea, air, road (trucks to and from Hong Kong) or rail. */
export const CLEARANCE_MODES = ['sea', 'air', 'road', 'rail'] as const;
export const clearanceModeSchema = z.enum(CLEARANCE_MODES);
export type ClearanceMode = z.infer<typeof clearanceModeSchema>;

/** Import, export, or transit / transshipment through Shenzhen. */
export const CLEARANCE_DIRECTIONS = ['import', 'export', 'transit'] as const;
export const clearanceDirectionSchema = z.enum(CLEARANCE_DIRECTIONS);
export type ClearanceDirection = z.infer<typeof clearanceDirectionSchema>;

/**
 * The way a procedure is run. standard: declare on arrival; advance-declaration (提前申报): declare
 * before arrival, goods not selected for inspection are released on arrival; two-step (概要申报,
 * then 完整申报); cooperative-inspection (合作查验、一次放行); green-channel (fresh produce to Hong
 * Kong and Macao); inspection-quarantine; appeal (administrative review of a customs decision).
 */
export const CLEARANCE_VARIANTS = [
  'standard',
  'advance-declaration',
  'two-step',
  'cooperative-inspection',
  'green-channel',
  'inspection-quarantine',
  'appeal',
] as const;
export const clearanceVariantSchema = z.enum(CLEARANCE_VARIANTS);
export type ClearanceVariant = z.infer<typeof clearanceVariantSchema>;

/** Cargo categories that change which steps apply. */
export const CARGO_CATEGORIES = ['general', 'fresh-produce', 'food', 'dangerous-goods', 'ecommerce'] as const;
export const cargoCategorySchema = z.enum(CARGO_CATEGORIES);
export type CargoCategory = z.infer<typeof cargoCategorySchema>;

/** Who follows the procedure (the UK Single Trade Window's user types, adapted). */
export const TRADER_TYPES = ['trader', 'customs-broker', 'forwarder', 'carrier'] as const;
export const traderTypeSchema = z.enum(TRADER_TYPES);
export type TraderType = z.infer<typeof traderTypeSchema>;

/** What a step's cost is counted per: once per shipment, or per container / vehicle. */
export const COST_BASES = ['shipment', 'container', 'vehicle'] as const;
export const costBasisSchema = z.enum(COST_BASES);
export type CostBasis = z.infer<typeof costBasisSchema>;

export const AGENCY_KINDS = [
  'customs',
  'border-inspection',
  'maritime',
  'port-office',
  'terminal',
  'shipping-agent',
  'customs-broker',
] as const;
export const agencyKindSchema = z.enum(AGENCY_KINDS);
export type AgencyKind = z.infer<typeof agencyKindSchema>;

/** Ids of records and steps: lower-case letters, digits and hyphens. */
export const CLEARANCE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,79}$/;
const idSchema = z.string().regex(CLEARANCE_ID_PATTERN, 'lower-case letters, digits and hyphens, 2 to 80 characters');

/** A body that runs steps of a procedure. Operators of `organisationId` edit its steps. */
export const clearanceAgencySchema = z
  .object({
    id: idSchema,
    name: localizedTextSchema,
    kind: agencyKindSchema,
    /** The suite organisation whose operators may propose changes to this agency's steps. */
    organisationId: z.string().min(1).optional(),
    website: z.url().optional(),
  })
  .meta({ id: 'ClearanceAgency' });
export type ClearanceAgency = z.infer<typeof clearanceAgencySchema>;

const phoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()-]{3,30}$/, 'a phone number: digits, spaces, +, -, ( and )');

/** The unit in charge of a step and how to reach it (eRegulations: entity, unit, contacts). */
export const stepContactSchema = z.object({
  unit: localizedTextSchema,
  phone: phoneSchema,
  email: z.email().max(200).optional(),
  address: localizedTextSchema,
  openingHours: localizedTextSchema,
  website: z.url().optional(),
});
export type StepContact = z.infer<typeof stepContactSchema>;

/** A document the trader submits: how many originals and copies, and where the form is. */
export const stepDocumentSchema = z.object({
  /** Stable across steps and procedures, so a checklist lists each document once. */
  id: idSchema,
  name: localizedTextSchema,
  originals: z.number().int().min(0).max(20),
  copies: z.number().int().min(0).max(20),
  /** Submitted electronically through the single window (no paper). */
  electronic: z.boolean(),
  /** Where the form can be downloaded or filled in. */
  formUrl: z.url().optional(),
  note: localizedTextSchema.optional(),
});
export type StepDocument = z.infer<typeof stepDocumentSchema>;

/**
 * Times in minutes: the published time limit (时限) and the typical times at the counter, waiting in
 * line and until the next step can start.
 */
export const stepTimingSchema = z.object({
  limitMinutes: z.number().int().min(0).max(525_600).optional(),
  counterMinutes: z.number().int().min(0).max(525_600),
  waitingMinutes: z.number().int().min(0).max(525_600),
  untilNextMinutes: z.number().int().min(0).max(525_600),
});
export type StepTiming = z.infer<typeof stepTimingSchema>;

/** A step's cost: free, a fixed amount, or a rule; linked to fee directory items where they exist. */
export const stepCostSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('free') }),
  z.object({
    kind: z.literal('fixed'),
    amount: z.number().nonnegative().max(10_000_000),
    currency: z.literal('CNY'),
    per: costBasisSchema,
    feeIds: z.array(z.string().min(1)).max(10),
  }),
  z.object({
    kind: z.literal('formula'),
    formula: localizedTextSchema,
    /** A typical amount, for totals and comparisons. */
    indicativeAmount: z.number().nonnegative().max(10_000_000).optional(),
    currency: z.literal('CNY'),
    per: costBasisSchema,
    feeIds: z.array(z.string().min(1)).max(10),
  }),
]);
export type StepCost = z.infer<typeof stepCostSchema>;

export const legalBasisSchema = z.object({ title: localizedTextSchema, url: z.url().optional() });
export type LegalBasis = z.infer<typeof legalBasisSchema>;

/** Everything about a step that its agency may change (its id and agency are fixed). */
export const stepContentSchema = z.object({
  title: localizedTextSchema,
  description: localizedTextSchema,
  contact: stepContactSchema,
  documents: z.array(stepDocumentSchema).max(30),
  /** What the step produces (a release notice, a certificate...). */
  outputs: z.array(localizedTextSchema).max(10),
  timing: stepTimingSchema,
  cost: stepCostSchema,
  legalBasis: z.array(legalBasisSchema).max(10),
  /** The single-window (or agency) online service for this step. */
  onlineServiceUrl: z.url().optional(),
  /** The trader may skip it. */
  optional: z.boolean(),
  /** May run at the same time as the previous step. */
  parallel: z.boolean(),
  /** Only for these cargo categories (absent: every cargo). */
  cargo: z.array(cargoCategorySchema).min(1).optional(),
  /** When else it applies, e.g. "only when selected for inspection". */
  condition: localizedTextSchema.optional(),
});
export type StepContent = z.infer<typeof stepContentSchema>;

export const clearanceStepSchema = stepContentSchema
  .extend({
    /** Stable within a procedure and across its variants, so variants can be compared step by step. */
    id: idSchema,
    agencyId: idSchema,
  })
  .meta({ id: 'ClearanceStep' });
export type ClearanceStep = z.infer<typeof clearanceStepSchema>;

/** A published procedure at one version: ordered steps and what it applies to. */
export const clearanceProcedureSchema = z
  .object({
    id: idSchema,
    title: localizedTextSchema,
    summary: localizedTextSchema,
    modes: z.array(clearanceModeSchema).min(1),
    directions: z.array(clearanceDirectionSchema).min(1),
    variant: clearanceVariantSchema,
    ports: z.array(portIdSchema).min(1),
    cargo: z.array(cargoCategorySchema).min(1),
    traderTypes: z.array(traderTypeSchema).min(1),
    steps: z.array(clearanceStepSchema).min(1),
    version: z.number().int().positive(),
    publishedAt: z.iso.datetime({ offset: true }),
    /** Where the facts come from; absent for illustrative demo values. */
    source: z.string().optional(),
    demo: z.boolean(),
  })
  .meta({ id: 'ClearanceProcedure' });
export type ClearanceProcedure = z.infer<typeof clearanceProcedureSchema>;

/** A national reference figure shown as context (GACC's overall clearance times). */
export const clearanceBenchmarkSchema = z
  .object({
    period: localizedTextSchema,
    importHours: z.number().nonnegative(),
    exportHours: z.number().nonnegative(),
    /** Targets are marked so they are not read as achieved figures. */
    target: z.boolean(),
    source: z.string().min(1),
  })
  .meta({ id: 'ClearanceBenchmark' });
export type ClearanceBenchmark = z.infer<typeof clearanceBenchmarkSchema>;
