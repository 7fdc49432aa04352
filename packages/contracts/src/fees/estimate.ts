import { z } from 'zod';
import { portIdSchema } from '../ports.ts';
import {
  shipmentDirectionSchema,
  type FeeCategory,
  type FeeCondition,
  type FeeItem,
  type FeeUnit,
  type ShipmentDirection,
} from './schema.ts';

/** Conditions a trader can say apply to the shipment (vessel-call follows from the vessel size). */
export const SHIPMENT_CONDITIONS = [
  'inspection',
  'dangerous-goods',
  'reefer',
  'quarantine',
] as const satisfies readonly FeeCondition[];
const shipmentConditionSchema = z.enum(SHIPMENT_CONDITIONS);

const count = (max: number) => z.number().int().min(0).max(max);

/** What the trader tells the estimator about a shipment. */
export const shipmentSchema = z.object({
  port: portIdSchema,
  direction: shipmentDirectionSchema,
  containers20: count(9999).default(0),
  containers40: count(9999).default(0),
  /** Gross cargo weight in tonnes (per-ton charges: bulk cargo, air cargo storage). */
  weightTons: z.number().min(0).max(1_000_000).optional(),
  /** The ship's net tonnage: given when the trader bears the ship's call (charter); adds vessel charges. */
  vesselNetTons: z.number().int().min(0).max(500_000).optional(),
  /** Chargeable days in storage (after free time). */
  storageDays: count(365).default(0),
  /** Vehicle trips through a land port (default: one per container, at least one). */
  trips: count(9999).optional(),
  conditions: z.array(shipmentConditionSchema).default([]),
  /** Optional services ordered, by item id. */
  add: z.array(z.string().min(1)).default([]),
  /** Items left out (e.g. another provider is used), by item id. */
  drop: z.array(z.string().min(1)).default([]),
});
export type Shipment = z.infer<typeof shipmentSchema>;
export type ShipmentInput = z.input<typeof shipmentSchema>;

/** When a charge arises if the item does not say: by category, then by unit. */
export function defaultCondition(category: FeeCategory, unit: FeeUnit): FeeCondition {
  if (category === 'pilotage' || category === 'tugboat' || category === 'berthing' || unit === 'ship') {
    return 'vessel-call';
  }
  if (category === 'inspection') return 'inspection';
  if (category === 'quarantine-treatment') return 'quarantine';
  if (category === 'equipment' || unit === 'hour') return 'on-request';
  return 'always';
}

export function conditionOf(item: FeeItem): FeeCondition {
  return item.appliesTo?.condition ?? defaultCondition(item.category, item.unit);
}

export function directionsOf(item: FeeItem): readonly ShipmentDirection[] {
  return item.appliesTo?.directions ?? ['import', 'export'];
}

export type EstimateSkipReason = 'needs-weight' | 'needs-hours' | 'no-amount';

export interface EstimateLine {
  fee: FeeItem;
  condition: FeeCondition;
  quantity: number;
  unitAmount: number;
  amount: number;
  /** The amount comes from a rule's indicative amount, not a fixed price. */
  approximate: boolean;
}

export interface Estimate {
  shipment: Shipment;
  /** Lines counted in the total. */
  lines: EstimateLine[];
  /** Charges that may apply but are not counted: optional services, other conditions, dropped lines. */
  optional: EstimateLine[];
  /** Charges that apply but cannot be priced from the catalogue (a rule without an amount, hours...). */
  unpriced: Array<{ fee: FeeItem; reason: EstimateSkipReason }>;
  total: number;
  /** Some counted line is approximate. */
  approximate: boolean;
}

/** Only published charges in force on the day may be estimated. */
export function isChargeable(item: FeeItem, today: string): boolean {
  return item.status === 'effective' && item.effectiveFrom <= today;
}

function quantityOf(item: FeeItem, shipment: Shipment, condition: FeeCondition): number | EstimateSkipReason {
  const containers = shipment.containers20 + shipment.containers40;
  switch (item.unit) {
    case 'teu20':
      return shipment.containers20;
    case 'feu40':
      return shipment.containers40;
    case 'container':
      return containers;
    case 'container-day':
      return containers * shipment.storageDays;
    case 'ton':
      return shipment.weightTons ?? 'needs-weight';
    case 'net-ton':
      return shipment.vesselNetTons ?? 0;
    case 'ship':
      return 1;
    case 'trip':
      return condition === 'vessel-call' ? 1 : (shipment.trips ?? Math.max(containers, 1));
    case 'declaration':
    case 'consignment':
    case 'bill-of-lading':
      return 1;
    case 'hour':
      return 'needs-hours';
  }
}

const roundMoney = (amount: number) => Math.round(amount * 100) / 100;

/**
 * An itemised estimate of what a shipment pays at a port, from the published catalogue: only
 * effective items in force today at that port, for the shipment's direction. It is an estimate:
 * rules are priced at their indicative amounts (marked approximate) and some charges cannot be
 * priced at all (listed apart).
 */
export function estimateCharges(catalogue: readonly FeeItem[], shipment: Shipment, today: string): Estimate {
  const added = new Set(shipment.add);
  const dropped = new Set(shipment.drop);
  const conditions = new Set<FeeCondition>(shipment.conditions);
  const lines: EstimateLine[] = [];
  const optional: EstimateLine[] = [];
  const unpriced: Estimate['unpriced'] = [];
  for (const fee of catalogue) {
    if (!isChargeable(fee, today) || !fee.ports.includes(shipment.port)) continue;
    if (!directionsOf(fee).includes(shipment.direction)) continue;
    const condition = conditionOf(fee);
    if (condition === 'vessel-call' && shipment.vesselNetTons === undefined) continue;
    const quantity = quantityOf(fee, shipment, condition);
    const unitAmount = fee.standard.kind === 'fixed' ? fee.standard.amount : fee.standard.indicativeAmount;
    const applies =
      condition === 'always' || condition === 'vessel-call' || conditions.has(condition) || added.has(fee.id);
    if (typeof quantity === 'string' || unitAmount === undefined) {
      if (applies && !dropped.has(fee.id))
        unpriced.push({ fee, reason: typeof quantity === 'string' ? quantity : 'no-amount' });
      continue;
    }
    if (quantity === 0) continue;
    const line: EstimateLine = {
      fee,
      condition,
      quantity,
      unitAmount,
      amount: roundMoney(quantity * unitAmount),
      approximate: fee.standard.kind === 'formula',
    };
    if (applies && !dropped.has(fee.id)) lines.push(line);
    else optional.push(line);
  }
  const total = roundMoney(lines.reduce((sum, line) => sum + line.amount, 0));
  return { shipment, lines, optional, unpriced, total, approximate: lines.some((line) => line.approximate) };
}

const NUMBER_KEYS = ['containers20', 'containers40', 'weightTons', 'vesselNetTons', 'storageDays', 'trips'] as const;
const LIST_KEYS = ['conditions', 'add', 'drop'] as const;

/** A shipment as URL parameters, for a shareable link (defaults left out). */
export function shipmentToSearchParams(shipment: ShipmentInput): URLSearchParams {
  const params = new URLSearchParams({ port: shipment.port, direction: shipment.direction });
  for (const key of NUMBER_KEYS) {
    const value = shipment[key];
    if (
      value !== undefined &&
      !(value === 0 && (key === 'containers20' || key === 'containers40' || key === 'storageDays'))
    ) {
      params.set(key, String(value));
    }
  }
  for (const key of LIST_KEYS) {
    const list = shipment[key];
    if (list?.length) params.set(key, list.join(','));
  }
  return params;
}

/**
 * Reads a shipment from URL parameters: the valid shipment, or the fields that were invalid (each
 * by name) so the form can say which; no port or direction means no shipment yet.
 */
export function shipmentFromSearchParams(
  params: URLSearchParams,
): { ok: true; shipment: Shipment } | { ok: false; invalid: string[]; partial: Partial<ShipmentInput> } {
  const raw: Record<string, unknown> = {};
  for (const key of ['port', 'direction'] as const) {
    const value = params.get(key);
    if (value) raw[key] = value;
  }
  for (const key of NUMBER_KEYS) {
    const value = params.get(key);
    if (value !== null && value !== '') raw[key] = Number(value);
  }
  for (const key of LIST_KEYS) {
    const value = params.get(key);
    if (value) raw[key] = value.split(',').filter(Boolean);
  }
  const parsed = shipmentSchema.safeParse(raw);
  if (parsed.success) return { ok: true, shipment: parsed.data };
  const invalid = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? '')))];
  const partial = Object.fromEntries(Object.entries(raw).filter(([key]) => !invalid.includes(key)));
  return { ok: false, invalid, partial: partial as Partial<ShipmentInput> };
}
