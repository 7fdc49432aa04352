import { z } from 'zod';

/**
 * The four operations measure 9 of the 2019 Shenzhen port plan asks every container terminal to
 * publish a time limit for: in-yard transfer (场内转运), lifting/shifting a container (吊箱移位),
 * unstuffing (掏箱) and cargo-owner pick-up (货方提箱).
 */
export const REQUIRED_OPERATIONS = ['in-yard-transfer', 'lifting-shifting', 'unstuffing', 'cargo-pickup'] as const;

/**
 * Further operations a terminal may choose to publish, after the published reference table of
 * Shidao New Port (berthing, tally report, move to the inspection platform, pick-up paperwork) and
 * Yantian's laden-return practice.
 */
export const OPTIONAL_OPERATIONS = [
  'vessel-berthing',
  'inspection-move',
  'tally-report',
  'pickup-paperwork',
  'export-receipt',
] as const;

/** Required first, in the order of the plan; the order every list and matrix uses. */
export const SERVICE_OPERATIONS = [...REQUIRED_OPERATIONS, ...OPTIONAL_OPERATIONS] as const;
export const serviceOperationSchema = z.enum(SERVICE_OPERATIONS);
export type ServiceOperation = z.infer<typeof serviceOperationSchema>;

export function isRequiredOperation(operation: ServiceOperation): boolean {
  return (REQUIRED_OPERATIONS as readonly string[]).includes(operation);
}

export const TIME_UNITS = ['minutes', 'hours', 'days'] as const;
export const timeUnitSchema = z.enum(TIME_UNITS);
export type TimeUnit = z.infer<typeof timeUnitSchema>;

/** The event a time limit is counted from; two limits are only comparable when they count from the same one. */
export const CLOCK_START_EVENTS = [
  'instruction-received',
  'inspection-order-received',
  'vessel-arrived',
  'vessel-operations-complete',
  'gate-in',
  'appointment-slot-start',
  'documents-complete',
] as const;
export const clockStartSchema = z.enum(CLOCK_START_EVENTS);
export type ClockStart = z.infer<typeof clockStartSchema>;

const MINUTES_PER: Record<TimeUnit, number> = { minutes: 1, hours: 60, days: 1440 };

/** A time limit in minutes, so limits given in different units can be compared and charted. */
export function timeLimitMinutes(limit: { value: number; unit: TimeUnit }): number {
  return limit.value * MINUTES_PER[limit.unit];
}
