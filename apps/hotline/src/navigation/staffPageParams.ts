import {
  complaintListQuerySchema,
  parseComplaintListParams,
  type ComplaintListQuery,
  type ComplaintStatsQuery,
} from '@sw/contracts';
import { ownParams } from '@sw/module-kit';

/**
 * What the staff pages ask for, shared by the pages and the prefetch at mount (prefetchPage.ts), so
 * both ask for the same queries.
 */

/** The search parameters the queue owns: its filters, sort and page. */
export const QUEUE_KEYS = Object.keys(complaintListQuerySchema.shape);

/**
 * The queue's filters in a search. A shared link with a bad value still opens: the valid filters
 * apply, the bad ones are dropped; parameters the queue does not own (`?lang=`) are ignored.
 */
export function queueQuery(search: string | URLSearchParams): ComplaintListQuery {
  const own = ownParams(search, QUEUE_KEYS);
  const parsed = parseComplaintListParams(own);
  if (parsed.ok) return parsed.query;
  const bad = new Set(parsed.errors.map((error) => error.path));
  const kept = new URLSearchParams([...own].filter(([key]) => !bad.has(key)));
  const retry = parseComplaintListParams(kept);
  return retry.ok ? retry.query : {};
}

/** The count of overdue tickets the queue warns about, whatever its filters. */
export const OVERDUE_QUERY: ComplaintListQuery = { overdue: 'true', limit: 1 };

/** The statistics' ranges in months, and the one the page opens with. */
export const STATS_RANGES = [6, 12, 24] as const;
export const FIRST_STATS_RANGE: (typeof STATS_RANGES)[number] = 12;

/** The statistics from the month `months - 1` months before this one in Shenzhen (YYYY-MM). */
export function statsQuery(months: number, now = Date.now()): ComplaintStatsQuery {
  const today = new Date(now + 8 * 3_600_000);
  const index = today.getUTCFullYear() * 12 + today.getUTCMonth() - (months - 1);
  return { from: `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}` };
}
