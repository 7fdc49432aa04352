import type { TFunction } from 'i18next';
import type { FieldError } from '@sw/contracts';
import { UPLOAD_COLUMNS, type ReadRow, type UploadColumn } from './readUsageRows.ts';

/** The problems of an upload, sorted by where they belong: a row (by index), a form field, or the upload as a whole. */
export interface UploadProblems {
  byRow: Map<number, FieldError[]>;
  source: FieldError[];
  note: FieldError[];
  general: FieldError[];
}

export function groupUploadErrors(errors: readonly FieldError[]): UploadProblems {
  const problems: UploadProblems = { byRow: new Map(), source: [], note: [], general: [] };
  for (const error of errors) {
    const row = /^rows\.(\d+)(\.|$)/.exec(error.path);
    if (row) {
      const index = Number(row[1]);
      problems.byRow.set(index, [...(problems.byRow.get(index) ?? []), error]);
    } else if (error.path === 'source') problems.source.push(error);
    else if (error.path === 'note') problems.note.push(error);
    else problems.general.push(error);
  }
  return problems;
}

const fieldOf = (error: FieldError): UploadColumn | undefined =>
  UPLOAD_COLUMNS.find((column) => error.path.endsWith(`.${column}`));

const shown = (value: unknown) => (value === undefined || value === null ? '' : String(value));

/**
 * One problem in the reader's language, from its stable code and the row it is about (the API's
 * English message is the fallback for a code this version does not know).
 */
export function describeUploadError(
  error: FieldError,
  t: TFunction,
  context: { rows: readonly ReadRow[]; lines: readonly number[] },
): string {
  const code = error.code?.replace(/^usage\./, '');
  const index = Number(/^rows\.(\d+)/.exec(error.path)?.[1] ?? -1);
  const row = context.rows[index];
  const field = fieldOf(error);
  const params: Record<string, unknown> = {
    field: field ? t(`columns.${field}`) : '',
    value: field && row ? shown(row[field]) : '',
    singleWindow: shown(row?.singleWindow),
    total: shown(row?.total),
  };
  if (code === 'duplicate_row' && row) {
    const first = context.rows.findIndex(
      (other) => other.business === row.business && other.port === row.port && other.month === row.month,
    );
    params.line = context.lines[first] ?? first + 2;
  }
  if (!code || !t(`uploadErrors.${code}`, { defaultValue: '' })) return error.message;
  return t(`uploadErrors.${code}`, params);
}
