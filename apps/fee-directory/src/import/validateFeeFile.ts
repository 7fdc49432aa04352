import {
  diffFeeImport,
  duplicateFeeCodes,
  missingFeeFileColumns,
  parseFeeFileRow,
  type FeeFileRow,
  type FeeImportDiff,
  type FeeImportItem,
  type FeeItem,
  type FeeRowError,
} from '@sw/contracts';

export interface RowProblem {
  /** The row's line in the file (the header is line 1). */
  line: number;
  code: string;
  errors: FeeRowError[];
}

export interface FeeFileCheck {
  total: number;
  items: FeeImportItem[];
  invalid: RowProblem[];
  diff: FeeImportDiff;
}

const CHUNK = 250;

/** Header names are matched without case or surrounding spaces. */
function normalise(row: Record<string, string>): Partial<FeeFileRow> {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key.trim().toLowerCase(), value]));
}

/**
 * Checks every row of an import file against the contract, in chunks so a 5,000-row file keeps the
 * page responsive and reports its progress, then compares the valid rows with the current list.
 */
export async function validateFeeFile(
  headers: readonly string[],
  rows: ReadonlyArray<Record<string, string>>,
  current: readonly FeeItem[],
  onProgress: (done: number, total: number) => void = () => {},
): Promise<{ missingColumns: string[] } | { missingColumns: []; check: FeeFileCheck }> {
  const missingColumns = missingFeeFileColumns(headers);
  if (missingColumns.length) return { missingColumns };
  const parsed: Array<FeeImportItem | undefined> = [];
  const invalid: RowProblem[] = [];
  for (let start = 0; start < rows.length; start += CHUNK) {
    for (let index = start; index < Math.min(rows.length, start + CHUNK); index++) {
      const row = normalise(rows[index]!);
      const result = parseFeeFileRow(row);
      if (result.ok) parsed.push(result.item);
      else {
        parsed.push(undefined);
        invalid.push({ line: index + 2, code: row.code?.trim() ?? '', errors: result.errors });
      }
    }
    onProgress(Math.min(rows.length, start + CHUNK), rows.length);
    await new Promise((resolve) => setTimeout(resolve, 0)); // let the progress bar paint
  }
  for (const [index, code] of duplicateFeeCodes(parsed)) {
    invalid.push({ line: index + 2, code, errors: [{ column: 'code', problem: 'duplicate', value: code }] });
  }
  invalid.sort((a, b) => a.line - b.line);
  const items = parsed.filter((item): item is FeeImportItem => item !== undefined);
  return { missingColumns: [], check: { total: rows.length, items, invalid, diff: diffFeeImport(current, items) } };
}
