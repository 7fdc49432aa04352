import {
  CARGO_CATEGORIES,
  CLEARANCE_DIRECTIONS,
  CLEARANCE_MODES,
  CLEARANCE_VARIANTS,
  PORT_IDS,
  proceduresForShipment,
  type ProcedureSummary,
  type ShipmentAnswers,
} from '@sw/contracts';

export type ChoiceQuestion = Exclude<keyof ShipmentAnswers, 'units'>;

const ALL: Record<ChoiceQuestion, readonly string[]> = {
  direction: CLEARANCE_DIRECTIONS,
  mode: CLEARANCE_MODES,
  port: PORT_IDS,
  cargo: CARGO_CATEGORIES,
  variant: CLEARANCE_VARIANTS,
};

const VALUES_OF: Record<ChoiceQuestion, (p: ProcedureSummary) => readonly string[]> = {
  direction: (p) => p.directions,
  mode: (p) => p.modes,
  port: (p) => p.ports,
  cargo: (p) => p.cargo,
  variant: (p) => [p.variant],
};

const ORDER: ChoiceQuestion[] = ['direction', 'mode', 'port', 'cargo', 'variant'];

/**
 * The answers a question can take given the earlier ones: only values for which a published
 * procedure exists, in the contract's order (so no answer leads nowhere).
 */
export function optionsFor(
  question: ChoiceQuestion,
  answers: Partial<ShipmentAnswers>,
  procedures: readonly ProcedureSummary[],
): string[] {
  const earlier = Object.fromEntries(
    ORDER.slice(0, ORDER.indexOf(question)).flatMap((key) => (answers[key] ? [[key, answers[key]]] : [])),
  ) as Partial<ShipmentAnswers>;
  const fitting = proceduresForShipment(procedures, earlier);
  const present = new Set(fitting.flatMap(VALUES_OF[question]));
  return ALL[question].filter((value) => present.has(value));
}
