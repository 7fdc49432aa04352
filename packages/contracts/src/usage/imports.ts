import { z } from 'zod';
import type { FieldError } from '../api/fees.ts';
import { PORT_IDS, portIdSchema, type PortId } from '../ports.ts';
import { USAGE_BUSINESSES, usageBusinessSchema, type UsageBusiness } from './businesses.ts';
import { usageCountSchema, usageFigureKey } from './figures.ts';
import { USAGE_MONTH_PATTERN, usageMonthOf, usageMonthSchema } from './months.ts';

/** Rows one upload may carry (a month of every business at every port is 30). */
export const USAGE_IMPORT_MAX_ROWS = 500;
/** Larger counts are taken for a typing error (Shenzhen's busiest port makes well under a million a month). */
export const USAGE_MAX_COUNT = 100_000_000;
export const USAGE_SOURCE_MAX_LENGTH = 200;
export const USAGE_NOTE_MAX_LENGTH = 1000;

/**
 * Stable codes of the per-field errors of an upload (inside a `400 validation.failed` problem);
 * clients show each in the reader's language.
 */
export const USAGE_IMPORT_ERROR_CODES = [
  'usage.body_invalid',
  'usage.unknown_field',
  'usage.source_required',
  'usage.source_too_long',
  'usage.note_too_long',
  'usage.no_rows',
  'usage.too_many_rows',
  'usage.row_invalid',
  'usage.unknown_business',
  'usage.unknown_port',
  'usage.invalid_month',
  'usage.month_in_future',
  'usage.count_missing',
  'usage.count_not_integer',
  'usage.count_negative',
  'usage.count_too_large',
  'usage.single_window_above_total',
  'usage.duplicate_row',
] as const;
export type UsageImportErrorCode = (typeof USAGE_IMPORT_ERROR_CODES)[number];

export const usageImportRowSchema = z
  .strictObject({
    business: usageBusinessSchema,
    port: portIdSchema,
    month: usageMonthSchema,
    singleWindow: usageCountSchema.max(USAGE_MAX_COUNT),
    total: usageCountSchema.max(USAGE_MAX_COUNT),
  })
  .meta({ id: 'UsageImportRow' });
export type UsageImportRow = z.infer<typeof usageImportRowSchema>;

/**
 * `POST /api/usage/imports` (and `/preview`): monthly counts for any businesses, ports and months.
 * A row for a figure that exists already is a correction: the figure gets a new revision and its
 * history keeps the earlier one. Any bad row refuses the whole upload; nothing is written.
 */
export const usageImportRequestSchema = z
  .strictObject({
    /** Where the counts come from, shown with every figure they set (e.g. "Shenzhen Customs monthly report, 2022-01"). */
    source: z.string().trim().min(1).max(USAGE_SOURCE_MAX_LENGTH),
    /** Why (e.g. the reason for corrections); kept in each figure's history. */
    note: z.string().trim().max(USAGE_NOTE_MAX_LENGTH).optional(),
    rows: z.array(usageImportRowSchema).min(1).max(USAGE_IMPORT_MAX_ROWS),
  })
  .meta({ id: 'UsageImportRequest' });
export type UsageImportRequest = z.infer<typeof usageImportRequestSchema>;

export type UsageImportValidation = { ok: true; request: UsageImportRequest } | { ok: false; errors: FieldError[] };

const ROW_FIELDS = ['business', 'port', 'month', 'singleWindow', 'total'] as const;
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const show = (value: unknown) => (typeof value === 'string' ? `"${value}"` : (JSON.stringify(value) ?? String(value)));

function checkCount(value: unknown, path: string, errors: FieldError[]): value is number {
  const fail = (code: UsageImportErrorCode, message: string) => {
    errors.push({ path, message, code });
    return false;
  };
  if (value === undefined || value === null || value === '') return fail('usage.count_missing', 'a count is required');
  if (typeof value !== 'number' || !Number.isFinite(value) || !Number.isInteger(value)) {
    return fail('usage.count_not_integer', `${show(value)} is not a whole number`);
  }
  if (value < 0) return fail('usage.count_negative', `${value} is negative; counts cannot be`);
  if (value > USAGE_MAX_COUNT) return fail('usage.count_too_large', `${value} is more than ${USAGE_MAX_COUNT}`);
  return true;
}

/**
 * Checks an upload as the API does (server, mocks and the upload preview share it), naming every
 * problem with a stable code and the field's path (`rows.3.total`): unknown business or port, a
 * month that is malformed or not over yet, counts that are missing, fractional, negative or huge,
 * a single-window count above the total, and two rows for the same business, port and month.
 * `now` decides which months are over (in Shenzhen time).
 */
export function validateUsageImport(body: unknown, now: Date): UsageImportValidation {
  const errors: FieldError[] = [];
  if (!isRecord(body)) {
    return {
      ok: false,
      errors: [{ path: '', message: 'send an object with source and rows', code: 'usage.body_invalid' }],
    };
  }
  for (const key of Object.keys(body)) {
    if (!['source', 'note', 'rows'].includes(key))
      errors.push({ path: key, message: 'unknown field', code: 'usage.unknown_field' });
  }
  const source = typeof body.source === 'string' ? body.source.trim() : '';
  if (!source)
    errors.push({ path: 'source', message: 'say where the counts come from', code: 'usage.source_required' });
  else if (source.length > USAGE_SOURCE_MAX_LENGTH) {
    errors.push({
      path: 'source',
      message: `at most ${USAGE_SOURCE_MAX_LENGTH} characters`,
      code: 'usage.source_too_long',
    });
  }
  let note: string | undefined;
  if (body.note !== undefined && body.note !== null) {
    if (typeof body.note !== 'string') errors.push({ path: 'note', message: 'a text', code: 'usage.body_invalid' });
    else {
      note = body.note.trim() || undefined;
      if (note && note.length > USAGE_NOTE_MAX_LENGTH) {
        errors.push({
          path: 'note',
          message: `at most ${USAGE_NOTE_MAX_LENGTH} characters`,
          code: 'usage.note_too_long',
        });
      }
    }
  }
  const rows = Array.isArray(body.rows) ? body.rows : undefined;
  if (!rows || rows.length === 0) {
    errors.push({ path: 'rows', message: 'at least one row of counts', code: 'usage.no_rows' });
  } else if (rows.length > USAGE_IMPORT_MAX_ROWS) {
    errors.push({
      path: 'rows',
      message: `at most ${USAGE_IMPORT_MAX_ROWS} rows per upload`,
      code: 'usage.too_many_rows',
    });
  }
  const currentMonth = usageMonthOf(now);
  const seen = new Map<string, number>();
  const valid: UsageImportRow[] = [];
  for (const [index, row] of (rows ?? []).slice(0, USAGE_IMPORT_MAX_ROWS).entries()) {
    const at = `rows.${index}`;
    if (!isRecord(row)) {
      errors.push({
        path: at,
        message: 'a row is an object with business, port, month, singleWindow and total',
        code: 'usage.row_invalid',
      });
      continue;
    }
    const before = errors.length;
    for (const key of Object.keys(row)) {
      if (!(ROW_FIELDS as readonly string[]).includes(key)) {
        errors.push({ path: `${at}.${key}`, message: 'unknown field', code: 'usage.unknown_field' });
      }
    }
    if (!usageBusinessSchema.safeParse(row.business).success) {
      errors.push({
        path: `${at}.business`,
        message: `${show(row.business)} is not one of: ${USAGE_BUSINESSES.join(', ')}`,
        code: 'usage.unknown_business',
      });
    }
    if (!portIdSchema.safeParse(row.port).success) {
      errors.push({
        path: `${at}.port`,
        message: `${show(row.port)} is not one of: ${PORT_IDS.join(', ')}`,
        code: 'usage.unknown_port',
      });
    }
    if (typeof row.month !== 'string' || !USAGE_MONTH_PATTERN.test(row.month)) {
      errors.push({
        path: `${at}.month`,
        message: `${show(row.month)} is not a month (YYYY-MM)`,
        code: 'usage.invalid_month',
      });
    } else if (row.month >= currentMonth) {
      errors.push({
        path: `${at}.month`,
        message: `${row.month} is not over yet; counts are for past months`,
        code: 'usage.month_in_future',
      });
    }
    const singleWindowOk = checkCount(row.singleWindow, `${at}.singleWindow`, errors);
    const totalOk = checkCount(row.total, `${at}.total`, errors);
    if (singleWindowOk && totalOk && (row.singleWindow as number) > (row.total as number)) {
      errors.push({
        path: `${at}.singleWindow`,
        message: `single-window count ${String(row.singleWindow)} is above the total ${String(row.total)}`,
        code: 'usage.single_window_above_total',
      });
    }
    if (typeof row.business === 'string' && typeof row.port === 'string' && typeof row.month === 'string') {
      const key = usageFigureKey({
        business: row.business as UsageBusiness,
        port: row.port as PortId,
        month: row.month,
      });
      const first = seen.get(key);
      if (first !== undefined) {
        errors.push({
          path: at,
          message: `same business, port and month as rows.${first}`,
          code: 'usage.duplicate_row',
        });
      } else seen.set(key, index);
    }
    if (errors.length === before) valid.push(row as unknown as UsageImportRow);
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, request: { source, ...(note ? { note } : {}), rows: valid } };
}

export const USAGE_ROW_CHANGES = ['new', 'correction', 'unchanged'] as const;

/** What an upload does (or, previewed, would do) to each figure. */
export const usageImportResultSchema = z
  .object({
    /** Absent in a preview. */
    id: z.string().optional(),
    at: z.iso.datetime({ offset: true }).optional(),
    source: z.string(),
    note: z.string().optional(),
    created: z.number().int().nonnegative(),
    corrected: z.number().int().nonnegative(),
    unchanged: z.number().int().nonnegative(),
    rows: z.array(
      usageImportRowSchema.extend({
        change: z.enum(USAGE_ROW_CHANGES),
        /** The value a correction replaces. */
        previous: z
          .object({ singleWindow: usageCountSchema, total: usageCountSchema, revision: z.number().int() })
          .optional(),
      }),
    ),
  })
  .meta({ id: 'UsageImportResult' });
export type UsageImportResult = z.infer<typeof usageImportResultSchema>;
export type UsageImportResultRow = UsageImportResult['rows'][number];

/** A past upload, for the single-window team's list. */
export const usageImportSummarySchema = z
  .object({
    id: z.string(),
    at: z.iso.datetime({ offset: true }),
    by: z.string(),
    source: z.string(),
    note: z.string().optional(),
    rows: z.number().int().nonnegative(),
    created: z.number().int().nonnegative(),
    corrected: z.number().int().nonnegative(),
    unchanged: z.number().int().nonnegative(),
  })
  .meta({ id: 'UsageImportSummary' });
export type UsageImportSummary = z.infer<typeof usageImportSummarySchema>;

export const usageImportListResponseSchema = z
  .object({ items: z.array(usageImportSummarySchema) })
  .meta({ id: 'UsageImportList' });
export type UsageImportListResponse = z.infer<typeof usageImportListResponseSchema>;

/**
 * Compares valid rows with the stored figures: new, a correction (with the value it replaces) or
 * unchanged (same counts: no new revision). Server and mocks both answer with it.
 */
export function planUsageImport(
  request: UsageImportRequest,
  current: (row: UsageImportRow) => { singleWindow: number; total: number; revision: number } | undefined,
): Omit<UsageImportResult, 'id' | 'at'> {
  const rows = request.rows.map((row): UsageImportResultRow => {
    const previous = current(row);
    if (!previous) return { ...row, change: 'new' };
    const same = previous.singleWindow === row.singleWindow && previous.total === row.total;
    return {
      ...row,
      change: same ? 'unchanged' : 'correction',
      previous: { singleWindow: previous.singleWindow, total: previous.total, revision: previous.revision },
    };
  });
  const count = (change: UsageImportResultRow['change']) => rows.filter((row) => row.change === change).length;
  return {
    source: request.source,
    ...(request.note ? { note: request.note } : {}),
    created: count('new'),
    corrected: count('correction'),
    unchanged: count('unchanged'),
    rows,
  };
}
