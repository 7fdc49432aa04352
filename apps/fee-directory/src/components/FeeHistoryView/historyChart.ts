import { standardAmount, type FeeHistoryEntry } from '@sw/contracts';

export interface StandardPoint {
  date: string;
  amount: number;
}

const IN_FORCE = new Set(['listed', 'effective', 'standard-changed']);

/**
 * The standard in force over time, as steps: one point per change that took effect (listing, start
 * of charging, new standard), and one at `until` so the last level reaches today. Announced changes
 * that have not taken effect are left out.
 */
export function standardSteps(entries: readonly FeeHistoryEntry[], until: string | undefined): StandardPoint[] {
  const points: StandardPoint[] = [];
  for (const entry of entries) {
    if (!IN_FORCE.has(entry.kind)) continue;
    const amount = standardAmount(entry.standardAfter);
    if (amount !== undefined) points.push({ date: entry.date, amount });
  }
  const last = points.at(-1);
  if (last && until && until > last.date) points.push({ date: until, amount: last.amount });
  return points;
}
