import { z } from 'zod';
import { sameJson } from './equality.ts';
import type { ClearanceStep, StepContent } from './schema.ts';

/** The parts of a step a reader can tell apart, in the order the step page shows them. */
export const STEP_FIELDS = [
  'title',
  'description',
  'contact',
  'documents',
  'outputs',
  'timing',
  'cost',
  'legalBasis',
  'onlineServiceUrl',
  'optional',
  'parallel',
  'cargo',
  'condition',
] as const satisfies ReadonlyArray<keyof StepContent>;
export const stepFieldSchema = z.enum(STEP_FIELDS);
export type StepField = z.infer<typeof stepFieldSchema>;

/** Which parts of a step differ between two versions or variants. */
export function changedStepFields(a: StepContent, b: StepContent): StepField[] {
  return STEP_FIELDS.filter((field) => !sameJson(a[field], b[field]));
}

export type StepComparison =
  | { kind: 'same'; stepId: string; a: ClearanceStep; b: ClearanceStep }
  | { kind: 'changed'; stepId: string; a: ClearanceStep; b: ClearanceStep; fields: StepField[] }
  /** Only in the first procedure: the second one does without it. */
  | { kind: 'removed'; stepId: string; a: ClearanceStep }
  /** Only in the second procedure. */
  | { kind: 'added'; stepId: string; b: ClearanceStep };

/**
 * Lines up the steps of two procedures by step id, keeping both orders: steps only in the second
 * one appear where the second one has them, steps only in the first where the first one has them.
 */
export function compareSteps(a: readonly ClearanceStep[], b: readonly ClearanceStep[]): StepComparison[] {
  const inB = new Map(b.map((step, index) => [step.id, index]));
  const inA = new Set(a.map((step) => step.id));
  const result: StepComparison[] = [];
  let nextB = 0;
  const flushAddedBefore = (limit: number) => {
    for (; nextB < limit; nextB++) {
      const step = b[nextB]!;
      if (!inA.has(step.id)) result.push({ kind: 'added', stepId: step.id, b: step });
    }
  };
  for (const stepA of a) {
    const index = inB.get(stepA.id);
    if (index === undefined) {
      result.push({ kind: 'removed', stepId: stepA.id, a: stepA });
      continue;
    }
    flushAddedBefore(index);
    nextB = Math.max(nextB, index + 1);
    const stepB = b[index]!;
    const fields = changedStepFields(stepA, stepB);
    result.push(
      fields.length
        ? { kind: 'changed', stepId: stepA.id, a: stepA, b: stepB, fields }
        : { kind: 'same', stepId: stepA.id, a: stepA, b: stepB },
    );
  }
  flushAddedBefore(b.length);
  return result;
}
