import { z } from 'zod';
import type { ClearanceStep, StepDocument, StepTiming } from './schema.ts';

/** A procedure's totals, as the summary views show them. */
export const procedureTotalsSchema = z
  .object({
    stepCount: z.number().int().nonnegative(),
    /** Published time limits along the critical path (parallel steps overlap); a step without a limit counts its typical time. */
    limitMinutes: z.number().int().nonnegative(),
    /** Typical elapsed time: at the counter, waiting and until the next step, parallel steps overlapping. */
    typicalMinutes: z.number().int().nonnegative(),
    /** Steps that publish no time limit (their typical time stands in). */
    stepsWithoutLimit: z.number().int().nonnegative(),
    /** Sum of the fixed costs. */
    fixedCost: z.number().nonnegative(),
    /** Fixed costs plus the typical amounts of cost rules. */
    indicativeCost: z.number().nonnegative(),
    /** Steps whose cost follows a rule (the amount depends on the shipment). */
    variableCostSteps: z.number().int().nonnegative(),
    /** Distinct documents to prepare. */
    documentCount: z.number().int().nonnegative(),
  })
  .meta({ id: 'ClearanceTotals' });
export type ProcedureTotals = z.infer<typeof procedureTotalsSchema>;

export interface TotalsOptions {
  /** Count optional steps too (default: only the steps every shipment goes through). */
  includeOptional?: boolean;
  /** Containers or vehicles, for costs counted per container / vehicle (default 1). */
  units?: number;
}

export const typicalMinutesOf = (timing: StepTiming) =>
  timing.counterMinutes + timing.waitingMinutes + timing.untilNextMinutes;

/**
 * Elapsed time of steps in order: a step that may run in parallel with the previous one joins its
 * group, and a group takes as long as its longest step.
 */
function elapsed(steps: readonly ClearanceStep[], duration: (step: ClearanceStep) => number): number {
  let total = 0;
  let group = 0;
  for (const [index, step] of steps.entries()) {
    if (index > 0 && step.parallel) {
      group = Math.max(group, duration(step));
    } else {
      total += group;
      group = duration(step);
    }
  }
  return total + group;
}

/** Each document once, with the steps that ask for it, in the order they are first needed. */
export interface ChecklistDocument {
  document: StepDocument;
  stepIds: string[];
}

export function documentChecklist(steps: readonly ClearanceStep[]): ChecklistDocument[] {
  const byId = new Map<string, ChecklistDocument>();
  for (const step of steps) {
    for (const document of step.documents) {
      const known = byId.get(document.id);
      if (known) {
        known.stepIds.push(step.id);
        // The most demanding step decides how many originals and copies to bring.
        known.document = {
          ...known.document,
          originals: Math.max(known.document.originals, document.originals),
          copies: Math.max(known.document.copies, document.copies),
        };
      } else byId.set(document.id, { document, stepIds: [step.id] });
    }
  }
  return [...byId.values()];
}

/** Totals of a procedure's steps: time along the critical path, costs and the documents. */
export function procedureTotals(steps: readonly ClearanceStep[], options: TotalsOptions = {}): ProcedureTotals {
  const counted = options.includeOptional ? steps : steps.filter((step) => !step.optional);
  const units = options.units ?? 1;
  let fixedCost = 0;
  let indicativeCost = 0;
  let variableCostSteps = 0;
  for (const { cost } of counted) {
    if (cost.kind === 'free') continue;
    const times = cost.per === 'shipment' ? 1 : units;
    if (cost.kind === 'fixed') {
      fixedCost += cost.amount * times;
      indicativeCost += cost.amount * times;
    } else {
      variableCostSteps++;
      indicativeCost += (cost.indicativeAmount ?? 0) * times;
    }
  }
  return {
    stepCount: counted.length,
    limitMinutes: elapsed(counted, (step) => step.timing.limitMinutes ?? typicalMinutesOf(step.timing)),
    typicalMinutes: elapsed(counted, (step) => typicalMinutesOf(step.timing)),
    stepsWithoutLimit: counted.filter((step) => step.timing.limitMinutes === undefined).length,
    fixedCost: round2(fixedCost),
    indicativeCost: round2(indicativeCost),
    variableCostSteps,
    documentCount: documentChecklist(counted).length,
  };
}

const round2 = (value: number) => Math.round(value * 100) / 100;
