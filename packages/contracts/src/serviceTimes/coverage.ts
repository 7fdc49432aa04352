import { z } from 'zod';
import { calendarDateInShenzhen } from '../calendar/workingDays.ts';
import { OPTIONAL_OPERATIONS, REQUIRED_OPERATIONS, serviceOperationSchema } from './operations.ts';
import type { StandardVersion } from './versions.ts';

/** Measure 9: every container terminal in the city publishes its time limits by the end of Q2 2019. */
export const DISCLOSURE_DEADLINE = '2019-06-30';

/**
 * complete: all four required standards published by the deadline; complete-late: all four, at
 * least one after it; overdue: one or more still missing after the deadline; pending: missing, but
 * the deadline has not passed.
 */
export const COVERAGE_STATUSES = ['complete', 'complete-late', 'overdue', 'pending'] as const;
export const coverageStatusSchema = z.enum(COVERAGE_STATUSES);
export type CoverageStatus = z.infer<typeof coverageStatusSchema>;

export const terminalCoverageSchema = z
  .object({
    terminalId: z.string(),
    status: coverageStatusSchema,
    /** The four required operations, each with the Shenzhen date it was first published (absent: never). */
    required: z.array(
      z.object({
        operation: serviceOperationSchema,
        firstPublishedOn: z.iso.date().optional(),
        onTime: z.boolean(),
      }),
    ),
    /** Further operations the terminal chose to publish. */
    optional: z.array(serviceOperationSchema),
  })
  .meta({ id: 'TerminalCoverage' });
export type TerminalCoverage = z.infer<typeof terminalCoverageSchema>;

export const coverageResponseSchema = z
  .object({
    deadline: z.iso.date(),
    asOf: z.iso.date(),
    terminals: z.array(terminalCoverageSchema),
    summary: z.record(coverageStatusSchema, z.number().int().nonnegative()),
  })
  .meta({ id: 'ServiceTimesCoverage' });
export type CoverageResponse = z.infer<typeof coverageResponseSchema>;

/** Which terminals have published the four required standards, and when, as of `today` (YYYY-MM-DD). */
export function coverageOf(
  terminalIds: readonly string[],
  versions: readonly StandardVersion[],
  today: string,
  deadline: string = DISCLOSURE_DEADLINE,
): CoverageResponse {
  const firstPublished = new Map<string, string>();
  for (const version of versions) {
    const key = `${version.terminalId}\n${version.operation}`;
    const day = calendarDateInShenzhen(new Date(version.publishedAt));
    const known = firstPublished.get(key);
    if (!known || day < known) firstPublished.set(key, day);
  }
  const summary = Object.fromEntries(
    (['complete', 'complete-late', 'overdue', 'pending'] as const).map((s) => [s, 0]),
  ) as Record<CoverageStatus, number>;
  const terminals = terminalIds.map((terminalId): TerminalCoverage => {
    const required = REQUIRED_OPERATIONS.map((operation) => {
      const firstPublishedOn = firstPublished.get(`${terminalId}\n${operation}`);
      return {
        operation,
        ...(firstPublishedOn ? { firstPublishedOn } : {}),
        onTime: firstPublishedOn !== undefined && firstPublishedOn <= deadline,
      };
    });
    const optional = OPTIONAL_OPERATIONS.filter((operation) => firstPublished.has(`${terminalId}\n${operation}`));
    let status: CoverageStatus;
    if (required.every((r) => r.onTime)) status = 'complete';
    else if (required.every((r) => r.firstPublishedOn)) status = 'complete-late';
    else status = today > deadline ? 'overdue' : 'pending';
    summary[status] += 1;
    return { terminalId, status, required, optional };
  });
  return { deadline, asOf: today, terminals, summary };
}
