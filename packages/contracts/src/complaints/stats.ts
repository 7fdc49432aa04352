import { z } from 'zod';
import { calendarDateInShenzhen } from '../calendar/workingDays.ts';
import type { Complaint } from './records.ts';
import { complaintSlaState } from './sla.ts';
import { COMPLAINT_CATEGORIES, COMPLAINT_UNITS, complaintCategorySchema, complaintUnitSchema } from './taxonomy.ts';

const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM');
export const COMPLAINT_STATS_MAX_MONTHS = 36;

/** `GET /api/complaints/stats?from=YYYY-MM&to=YYYY-MM` (default: the last 12 months, this one included). */
export const complaintStatsQuerySchema = z
  .object({ from: monthSchema.optional(), to: monthSchema.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['from'], message: 'from must not be after to' });
export type ComplaintStatsQuery = z.infer<typeof complaintStatsQuerySchema>;

/** Tickets received in one month (Shenzhen time) in one category and unit, and how they fared. */
export const complaintStatsRowSchema = z.object({
  month: monthSchema,
  category: complaintCategorySchema,
  unit: complaintUnitSchema,
  received: z.number().int().nonnegative(),
  /** Of those, closed by now. */
  closed: z.number().int().nonnegative(),
  /** Of those, acknowledged and first replied to within the commitment. */
  acknowledgedInTime: z.number().int().nonnegative(),
  repliedInTime: z.number().int().nonnegative(),
  /** Of those, still waiting past a deadline now. */
  overdue: z.number().int().nonnegative(),
});
export type ComplaintStatsRow = z.infer<typeof complaintStatsRowSchema>;

export const complaintStatsSchema = z
  .object({
    months: z.array(monthSchema),
    /** Only combinations with tickets; months in order, then category and unit in their list order. */
    rows: z.array(complaintStatsRowSchema),
  })
  .meta({ id: 'ComplaintStats' });
export type ComplaintStats = z.infer<typeof complaintStatsSchema>;

/** The month a ticket counts in: when it was received, in Shenzhen. */
export const complaintMonth = (submittedAt: string): string =>
  calendarDateInShenzhen(new Date(submittedAt)).slice(0, 7);

function addMonths(month: string, count: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (m - 1) + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The months of a stats query, oldest first; errors when the range is too long. */
export function complaintStatsMonths(query: ComplaintStatsQuery, now: Date): string[] | { error: string } {
  const to = query.to ?? calendarDateInShenzhen(now).slice(0, 7);
  const from = query.from ?? addMonths(to, -11);
  const months: string[] = [];
  for (let month = from; month <= to; month = addMonths(month, 1)) {
    months.push(month);
    if (months.length > COMPLAINT_STATS_MAX_MONTHS) return { error: `at most ${COMPLAINT_STATS_MAX_MONTHS} months` };
  }
  return months;
}

type StatsInput = Pick<Complaint, 'submittedAt' | 'category' | 'unit' | 'status' | 'sla'>;

/** Counts tickets into rows (server and mocks share it; the server feeds it a few columns per ticket). */
export function aggregateComplaintStats(
  complaints: Iterable<StatsInput>,
  months: readonly string[],
  now: Date,
): ComplaintStats {
  const wanted = new Set(months);
  const rows = new Map<string, ComplaintStatsRow>();
  for (const complaint of complaints) {
    const month = complaintMonth(complaint.submittedAt);
    if (!wanted.has(month)) continue;
    const key = `${month}|${complaint.category}|${complaint.unit}`;
    let row = rows.get(key);
    if (!row) {
      row = {
        month,
        category: complaint.category,
        unit: complaint.unit,
        received: 0,
        closed: 0,
        acknowledgedInTime: 0,
        repliedInTime: 0,
        overdue: 0,
      };
      rows.set(key, row);
    }
    const closed = complaint.status === 'closed';
    const sla = complaintSlaState(complaint.sla, now, closed);
    row.received++;
    if (closed) row.closed++;
    if (sla.acknowledge.state === 'met' && complaint.sla.acknowledgedAt) row.acknowledgedInTime++;
    if (sla.reply.state === 'met' && complaint.sla.repliedAt) row.repliedInTime++;
    if (sla.overdue) row.overdue++;
  }
  const rank = (list: readonly string[], value: string) => list.indexOf(value);
  return {
    months: [...months],
    rows: [...rows.values()].sort(
      (a, b) =>
        a.month.localeCompare(b.month) ||
        rank(COMPLAINT_CATEGORIES, a.category) - rank(COMPLAINT_CATEGORIES, b.category) ||
        rank(COMPLAINT_UNITS, a.unit) - rank(COMPLAINT_UNITS, b.unit),
    ),
  };
}
