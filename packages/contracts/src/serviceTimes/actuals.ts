import { z } from 'zod';
import type { FieldError } from '../api/fees.ts';
import { MONTH_PATTERN, lastDayOfMonth } from './dates.ts';
import { hasAtMostOneDecimal } from './numbers.ts';
import { SERVICE_OPERATIONS, serviceOperationSchema, type ServiceOperation } from './operations.ts';
import { versionInForceOn, type StandardVersion } from './versions.ts';

/** Most rows one upload may carry (a terminal's whole year of every operation fits easily). */
export const ACTUALS_UPLOAD_MAX_ROWS = 500;
/** Monthly reporting starts with the first full month after the plan's disclosure deadline. */
export const ACTUALS_FIRST_MONTH = '2019-07';

const monthSchema = z.string().regex(MONTH_PATTERN, 'a month as YYYY-MM');

/** One month of one operation at one terminal, as an operator reports it. */
export const actualsRowSchema = z
  .strictObject({
    month: monthSchema,
    operation: serviceOperationSchema,
    /** Operations handled in the month (boxes moved, unstuffed, picked up...). */
    handled: z.number().int().min(1, 'a month with no operations is left out').max(10_000_000),
    /** Share of them completed within the published limit, in percent. */
    withinLimitPercent: z.number().min(0).max(100).refine(hasAtMostOneDecimal, 'at most one decimal place'),
  })
  .meta({ id: 'ActualsRow' });
export type ActualsRow = z.infer<typeof actualsRowSchema>;

/** `POST /api/service-times/terminals/{id}/actuals`: all rows are written, or none. */
export const actualsUploadRequestSchema = z
  .strictObject({ rows: z.array(actualsRowSchema).min(1).max(ACTUALS_UPLOAD_MAX_ROWS) })
  .meta({ id: 'ActualsUploadRequest' });
export type ActualsUploadRequest = z.infer<typeof actualsUploadRequestSchema>;

/** A reported month with the commitment in force at the end of it. */
export const monthlyActualSchema = z
  .object({
    terminalId: z.string(),
    month: monthSchema,
    operation: serviceOperationSchema,
    handled: z.number().int().positive(),
    withinLimitPercent: z.number().min(0).max(100),
    /** The committed share of the standard in force on the month's last day. */
    committedPercent: z.number().min(0).max(100).optional(),
    /** True when the reported share fell short of the commitment. */
    belowCommitment: z.boolean(),
    demo: z.boolean(),
  })
  .meta({ id: 'MonthlyActual' });
export type MonthlyActual = z.infer<typeof monthlyActualSchema>;

export const actualsListResponseSchema = z
  .object({ items: z.array(monthlyActualSchema), total: z.number().int().nonnegative() })
  .meta({ id: 'MonthlyActualList' });
export type ActualsListResponse = z.infer<typeof actualsListResponseSchema>;

export const actualsUploadResponseSchema = z
  .object({
    terminalId: z.string(),
    /** Months reported for the first time. */
    created: z.number().int().nonnegative(),
    /** Months that already had figures, now replaced (the old figures stay in the audit trail). */
    replaced: z.number().int().nonnegative(),
    items: z.array(monthlyActualSchema),
  })
  .meta({ id: 'ActualsUploadResult' });
export type ActualsUploadResponse = z.infer<typeof actualsUploadResponseSchema>;

/** Stable codes of the row checks below (in `errors[].code`), for messages in the reader's language. */
export const ACTUALS_ROW_CODES = {
  monthTooEarly: 'actuals.month_too_early',
  monthNotComplete: 'actuals.month_not_complete',
  noStandard: 'actuals.no_standard',
  duplicate: 'actuals.duplicate_row',
} as const;

/**
 * The checks an upload must pass beyond its shape, the same in the upload preview, the server and
 * the mocks: only completed months, only operations the terminal had a standard in force for, and
 * each month and operation once. `versions` are the terminal's standard versions.
 */
export function checkActualsRows(
  rows: readonly ActualsRow[],
  context: { versions: readonly StandardVersion[]; currentMonth: string },
): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Map<string, number>();
  rows.forEach((row, index) => {
    const at = (field: string) => `rows.${index}.${field}`;
    if (row.month < ACTUALS_FIRST_MONTH) {
      errors.push({
        path: at('month'),
        code: ACTUALS_ROW_CODES.monthTooEarly,
        message: `monthly figures start with ${ACTUALS_FIRST_MONTH}`,
      });
    } else if (row.month >= context.currentMonth) {
      errors.push({
        path: at('month'),
        code: ACTUALS_ROW_CODES.monthNotComplete,
        message: `${row.month} is not over yet: report completed months only (before ${context.currentMonth})`,
      });
    } else if (!committedPercentFor(context.versions, row.operation, row.month)) {
      errors.push({
        path: at('operation'),
        code: ACTUALS_ROW_CODES.noStandard,
        message: `no published standard for ${row.operation} was in force in ${row.month}`,
      });
    }
    const key = `${row.month} ${row.operation}`;
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push({
        path: at('month'),
        code: ACTUALS_ROW_CODES.duplicate,
        message: `${row.operation} in ${row.month} is already in row ${first + 1}`,
      });
    } else seen.set(key, index);
  });
  return errors;
}

/** The committed share of the standard for an operation in force on the last day of a month. */
export function committedPercentFor(
  versions: readonly StandardVersion[],
  operation: ServiceOperation,
  month: string,
): number | undefined {
  const own = versions.filter((version) => version.operation === operation);
  return versionInForceOn(own, lastDayOfMonth(month))?.commitmentPercent;
}

/** A stored month with its commitment and whether it fell short of it. */
export function toMonthlyActual(
  row: ActualsRow & { terminalId: string; demo: boolean },
  terminalVersions: readonly StandardVersion[],
): MonthlyActual {
  const committedPercent = committedPercentFor(terminalVersions, row.operation, row.month);
  return {
    terminalId: row.terminalId,
    month: row.month,
    operation: row.operation,
    handled: row.handled,
    withinLimitPercent: row.withinLimitPercent,
    ...(committedPercent !== undefined ? { committedPercent } : {}),
    belowCommitment: committedPercent !== undefined && row.withinLimitPercent < committedPercent,
    demo: row.demo,
  };
}

/** The order every actuals list uses: terminals as listed, operations as in `SERVICE_OPERATIONS`, months ascending. */
export function sortMonthlyActuals<Row extends { terminalId: string; operation: ServiceOperation; month: string }>(
  rows: readonly Row[],
  terminalOrder: readonly string[],
): Row[] {
  const terminalIndex = new Map(terminalOrder.map((id, index) => [id, index]));
  const operationIndex = new Map(SERVICE_OPERATIONS.map((operation, index) => [operation, index]));
  return [...rows].sort(
    (a, b) =>
      (terminalIndex.get(a.terminalId) ?? Infinity) - (terminalIndex.get(b.terminalId) ?? Infinity) ||
      operationIndex.get(a.operation)! - operationIndex.get(b.operation)! ||
      (a.month < b.month ? -1 : a.month > b.month ? 1 : 0),
  );
}
