import {
  ACTUALS_ROW_CODES,
  ACTUALS_UPLOAD_MAX_ROWS,
  actualsRowSchema,
  checkActualsRows,
  hasAtMostOneDecimal,
  type ActualsRow,
  type FieldError,
  type ServiceOperation,
  type StandardVersion,
} from '@sw/contracts';
import type { ParsedTable } from '@sw/ui';

/** The four columns of an upload, by their canonical (template) names. */
export const UPLOAD_COLUMNS = ['month', 'operation', 'handled', 'within_limit_percent'] as const;
export type UploadColumn = (typeof UPLOAD_COLUMNS)[number];

/** What is wrong with one cell or row; `code` picks the message, `values` fill it in. */
export interface RowProblem {
  column: UploadColumn;
  code:
    | 'monthInvalid'
    | 'monthTooEarly'
    | 'monthNotComplete'
    | 'operationUnknown'
    | 'operationNoStandard'
    | 'handledInvalid'
    | 'percentInvalid'
    | 'duplicateRow'
    | 'rowRejected';
  values?: Record<string, string | number>;
}

export interface UploadRow {
  /** The row's line in the file (the header is line 1), as the operator sees it in a spreadsheet. */
  line: number;
  cells: Record<UploadColumn, string>;
  /** The row as it would be sent, when every cell could be read. */
  row?: ActualsRow;
  problems: RowProblem[];
}

export type FileProblem =
  { code: 'missingColumns'; columns: UploadColumn[] } | { code: 'noRows' } | { code: 'tooManyRows'; max: number };

export interface ReadOptions {
  /** Header names accepted for each column besides its canonical name (the template's titles, in every language). */
  headerAliases: Record<UploadColumn, readonly string[]>;
  /** Operation names accepted besides the codes (the published names, in every language), lower-cased. */
  operationNames: ReadonlyMap<string, ServiceOperation>;
}

const normalise = (text: string) => text.normalize('NFKC').trim().toLowerCase();

/** A month as written in spreadsheets: 2026-10, 2026/10, 2026.10, 2026年10月, or a date in it. */
export function readMonth(cell: string): string | undefined {
  const text = cell.normalize('NFKC').trim();
  const match =
    /^(\d{4})[-/.](\d{1,2})$/.exec(text) ??
    /^(\d{4})年(\d{1,2})月$/.exec(text) ??
    /^(\d{4})-(\d{1,2})-\d{1,2}(?:[T ].*)?$/.exec(text) ??
    /^(\d{4})\/(\d{1,2})\/\d{1,2}$/.exec(text);
  if (!match) return undefined;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  return `${match[1]}-${String(month).padStart(2, '0')}`;
}

/** A whole count, thousands separators and spaces allowed (12,345). */
export function readCount(cell: string): number | undefined {
  const text = cell.normalize('NFKC').replace(/[\s,]/g, '');
  return /^\d+$/.test(text) ? Number(text) : undefined;
}

/** A percentage, with or without "%", a decimal comma allowed (97,5). */
export function readPercent(cell: string): number | undefined {
  const text = cell
    .normalize('NFKC')
    .replace(/\s|%/g, '')
    .replace(/^(\d+),(\d+)$/, '$1.$2');
  if (!/^\d+(\.\d+)?$/.test(text)) return undefined;
  const value = Number(text);
  return value <= 100 && hasAtMostOneDecimal(value) ? value : undefined;
}

/**
 * Reads an uploaded table into rows to preview: every cell checked on its own first, so each
 * mistake is named where it is; nothing is sent while any row has a problem.
 */
export function readActualsRows(
  table: ParsedTable,
  options: ReadOptions,
): { problem?: FileProblem; rows: UploadRow[] } {
  const headerOf = new Map<UploadColumn, string>();
  for (const column of UPLOAD_COLUMNS) {
    const names = new Set([column, ...options.headerAliases[column]].map(normalise));
    const header = table.headers.find((h) => names.has(normalise(h)));
    if (header !== undefined) headerOf.set(column, header);
  }
  const missing = UPLOAD_COLUMNS.filter((column) => !headerOf.has(column));
  if (missing.length) return { problem: { code: 'missingColumns', columns: missing }, rows: [] };
  if (!table.rows.length) return { problem: { code: 'noRows' }, rows: [] };
  if (table.rows.length > ACTUALS_UPLOAD_MAX_ROWS) {
    return { problem: { code: 'tooManyRows', max: ACTUALS_UPLOAD_MAX_ROWS }, rows: [] };
  }
  const rows = table.rows.map((record, index): UploadRow => {
    const cells = Object.fromEntries(
      UPLOAD_COLUMNS.map((column) => [column, record[headerOf.get(column)!] ?? '']),
    ) as Record<UploadColumn, string>;
    const problems: RowProblem[] = [];
    const month = readMonth(cells.month);
    if (!month) problems.push({ column: 'month', code: 'monthInvalid', values: { value: cells.month } });
    const code = normalise(cells.operation);
    const operation = options.operationNames.get(code);
    if (!operation)
      problems.push({ column: 'operation', code: 'operationUnknown', values: { value: cells.operation } });
    const handled = readCount(cells.handled);
    if (handled === undefined || handled < 1 || handled > 10_000_000) {
      problems.push({ column: 'handled', code: 'handledInvalid', values: { value: cells.handled } });
    }
    const percent = readPercent(cells.within_limit_percent);
    if (percent === undefined) {
      problems.push({
        column: 'within_limit_percent',
        code: 'percentInvalid',
        values: { value: cells.within_limit_percent },
      });
    }
    const candidate = { month, operation, handled, withinLimitPercent: percent };
    const parsed = problems.length ? undefined : actualsRowSchema.safeParse(candidate);
    return { line: index + 2, cells, ...(parsed?.success ? { row: parsed.data } : {}), problems };
  });
  return { rows };
}

/**
 * Attaches the API's row errors (`rows.3.month`, as the server and `checkActualsRows` name them)
 * to the rows that were checked or sent, in the same order.
 */
export function withRowErrors(
  rows: readonly UploadRow[],
  errors: readonly FieldError[],
  terminal: string,
): UploadRow[] {
  const extra = new Map<number, RowProblem[]>();
  for (const error of errors) {
    const [, index, field] = error.path.split('.');
    const row = rows[Number(index)];
    if (!row) continue;
    extra.set(Number(index), [...(extra.get(Number(index)) ?? []), problemOf(error, field, row, rows, terminal)]);
  }
  return rows.map((row, index) =>
    extra.has(index) ? { ...row, problems: [...row.problems, ...extra.get(index)!] } : row,
  );
}

/**
 * The checks the API makes too (completed months, a standard in force, no repeats), on the rows
 * that could be read, so the preview shows every refusal before anything is sent.
 */
export function checkUploadRows(
  rows: readonly UploadRow[],
  context: { versions: readonly StandardVersion[]; currentMonth: string; terminal: string },
): UploadRow[] {
  const readable = rows.filter((row) => row.row);
  const errors = checkActualsRows(
    readable.map((row) => row.row!),
    context,
  );
  const checked = new Map(withRowErrors(readable, errors, context.terminal).map((row, i) => [readable[i]!, row]));
  return rows.map((row) => checked.get(row) ?? row);
}

const COLUMN_OF_FIELD: Record<string, UploadColumn> = {
  month: 'month',
  operation: 'operation',
  handled: 'handled',
  withinLimitPercent: 'within_limit_percent',
};

function problemOf(
  error: FieldError,
  field: string | undefined,
  row: UploadRow,
  rows: readonly UploadRow[],
  terminal: string,
): RowProblem {
  const month = row.row?.month ?? row.cells.month;
  const operation = row.row?.operation ?? row.cells.operation;
  switch (error.code) {
    case ACTUALS_ROW_CODES.monthTooEarly:
      return { column: 'month', code: 'monthTooEarly', values: { month } };
    case ACTUALS_ROW_CODES.monthNotComplete:
      return { column: 'month', code: 'monthNotComplete', values: { month } };
    case ACTUALS_ROW_CODES.noStandard:
      return { column: 'operation', code: 'operationNoStandard', values: { month, operation, terminal } };
    case ACTUALS_ROW_CODES.duplicate: {
      const first = rows.find((other) => other.row?.month === month && other.row.operation === operation);
      return { column: 'month', code: 'duplicateRow', values: { month, operation, line: first?.line ?? '' } };
    }
    default:
      return {
        column: COLUMN_OF_FIELD[field ?? ''] ?? 'month',
        code: 'rowRejected',
        values: { detail: error.message },
      };
  }
}
