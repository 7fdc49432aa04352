import { z } from 'zod';
import type { Role } from '../api/auth.ts';

/** What the person wants: an answer, a complaint about how they were treated, or an idea. */
export const COMPLAINT_TYPES = ['enquiry', 'complaint', 'suggestion'] as const;
export const complaintTypeSchema = z.enum(COMPLAINT_TYPES);
export type ComplaintType = z.infer<typeof complaintTypeSchema>;

/** What it is about; the category decides the responsible unit (see `COMPLAINT_UNIT_FOR_CATEGORY`). */
export const COMPLAINT_CATEGORIES = ['port-charges', 'clearance', 'terminal-times', 'system', 'other'] as const;
export const complaintCategorySchema = z.enum(COMPLAINT_CATEGORIES);
export type ComplaintCategory = z.infer<typeof complaintCategorySchema>;

/**
 * The units that follow tickets up: the market regulation bureau (port charges, seed measure 2),
 * customs (clearance), the transport bureau (terminal service times, measure 9) and the commerce
 * bureau, which runs the single window and takes everything else (measure 11).
 */
export const COMPLAINT_UNITS = ['market-regulation', 'customs', 'transport', 'commerce'] as const;
export const complaintUnitSchema = z.enum(COMPLAINT_UNITS);
export type ComplaintUnit = z.infer<typeof complaintUnitSchema>;

export const COMPLAINT_UNIT_FOR_CATEGORY: Readonly<Record<ComplaintCategory, ComplaintUnit>> = {
  'port-charges': 'market-regulation',
  clearance: 'customs',
  'terminal-times': 'transport',
  system: 'commerce',
  other: 'commerce',
};

/** received → in-progress (acknowledged or assigned) → replied → closed; a reply may come first. */
export const COMPLAINT_STATUSES = ['received', 'in-progress', 'replied', 'closed'] as const;
export const complaintStatusSchema = z.enum(COMPLAINT_STATUSES);
export type ComplaintStatus = z.infer<typeof complaintStatusSchema>;

/** How a ticket was closed. */
export const COMPLAINT_OUTCOMES = [
  'answered',
  'upheld',
  'partly-upheld',
  'not-upheld',
  'referred',
  'withdrawn',
] as const;
export const complaintOutcomeSchema = z.enum(COMPLAINT_OUTCOMES);
export type ComplaintOutcome = z.infer<typeof complaintOutcomeSchema>;

/**
 * The units a staff role follows up. The regulator role is the market regulation bureau; the admin
 * role is the single-window team, which triages for every unit. Other roles handle no tickets.
 */
export function complaintUnitsHandledBy(role: Role): readonly ComplaintUnit[] {
  if (role === 'admin') return COMPLAINT_UNITS;
  if (role === 'regulator') return ['market-regulation'];
  return [];
}

/** Roles that work on tickets (the triage queue, replies, statistics). */
export const isComplaintStaff = (role: Role): boolean => complaintUnitsHandledBy(role).length > 0;
