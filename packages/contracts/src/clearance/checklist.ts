import { z } from 'zod';
import { portIdSchema } from '../ports.ts';
import type { ProcedureSummary } from './api.ts';
import {
  cargoCategorySchema,
  clearanceDirectionSchema,
  clearanceModeSchema,
  clearanceVariantSchema,
  type CargoCategory,
  type ClearanceProcedure,
  type ClearanceStep,
  type ClearanceVariant,
} from './schema.ts';
import { documentChecklist, procedureTotals, type ChecklistDocument, type ProcedureTotals } from './totals.ts';

export const MAX_SHIPMENT_UNITS = 500;

/** The "my shipment" questions, in the order the wizard asks them. */
export const shipmentAnswersSchema = z.object({
  direction: clearanceDirectionSchema,
  mode: clearanceModeSchema,
  port: portIdSchema,
  cargo: cargoCategorySchema,
  variant: clearanceVariantSchema,
  /** Containers (sea, rail) or vehicles (road) or consignments (air). */
  units: z.coerce.number().int().min(1).max(MAX_SHIPMENT_UNITS),
});
export type ShipmentAnswers = z.infer<typeof shipmentAnswersSchema>;
export const SHIPMENT_QUESTIONS = Object.keys(shipmentAnswersSchema.shape) as Array<keyof ShipmentAnswers>;

/** Variants that are not a way to clear one shipment (they are looked up, not planned). */
const NOT_PLANNED: readonly ClearanceVariant[] = ['appeal'];

/** Reads answers from a shared link: each valid answer is kept, the first missing one is asked next. */
export function shipmentAnswersFromSearchParams(params: URLSearchParams): Partial<ShipmentAnswers> {
  const answers: Partial<ShipmentAnswers> = {};
  for (const key of SHIPMENT_QUESTIONS) {
    const value = params.get(key);
    if (value === null) continue;
    const parsed = shipmentAnswersSchema.shape[key].safeParse(value);
    if (parsed.success) Object.assign(answers, { [key]: parsed.data });
  }
  return answers;
}

export function shipmentAnswersToSearchParams(answers: Partial<ShipmentAnswers>): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of SHIPMENT_QUESTIONS) {
    const value = answers[key];
    if (value !== undefined) params.set(key, String(value));
  }
  return params;
}

type Plannable = Pick<ProcedureSummary, 'id' | 'modes' | 'directions' | 'ports' | 'cargo' | 'variant'>;

/** The procedures that fit the answers given so far (the variant is the last thing chosen). */
export function proceduresForShipment<P extends Plannable>(
  procedures: readonly P[],
  answers: Partial<ShipmentAnswers>,
): P[] {
  return procedures.filter(
    (p) =>
      !NOT_PLANNED.includes(p.variant) &&
      (!answers.direction || p.directions.includes(answers.direction)) &&
      (!answers.mode || p.modes.includes(answers.mode)) &&
      (!answers.port || p.ports.includes(answers.port)) &&
      (!answers.cargo || p.cargo.includes(answers.cargo)) &&
      (!answers.variant || p.variant === answers.variant),
  );
}

/** A step applies to the cargo unless it is reserved for other categories. */
export const stepAppliesTo = (step: ClearanceStep, cargo: CargoCategory) => !step.cargo || step.cargo.includes(cargo);

export interface ShipmentChecklist {
  procedure: ClearanceProcedure;
  /** The steps this shipment goes through, optional ones included and marked. */
  steps: ClearanceStep[];
  /** Steps of the procedure that do not concern this cargo. */
  skipped: ClearanceStep[];
  documents: ChecklistDocument[];
  /** Steps every shipment goes through, with costs for the number of units. */
  expected: ProcedureTotals;
  /** The same with the optional steps too: the most it may take and cost. */
  withOptional: ProcedureTotals;
}

/** The personal checklist for one shipment: its steps, documents, contacts, time and cost. */
export function shipmentChecklist(procedure: ClearanceProcedure, answers: ShipmentAnswers): ShipmentChecklist {
  const steps = procedure.steps.filter((step) => stepAppliesTo(step, answers.cargo));
  const skipped = procedure.steps.filter((step) => !stepAppliesTo(step, answers.cargo));
  return {
    procedure,
    steps,
    skipped,
    documents: documentChecklist(steps),
    expected: procedureTotals(steps, { units: answers.units }),
    withOptional: procedureTotals(steps, { units: answers.units, includeOptional: true }),
  };
}
