export interface ParsedTable {
  /** Header names as found in the file's first row, trimmed. */
  headers: string[];
  /** One object per data row, keyed by header; empty rows are dropped. */
  rows: Record<string, string>[];
}

export class TableFileError extends Error {
  override readonly name = 'TableFileError';
  constructor(
    readonly reason: 'unsupported-type' | 'empty' | 'unreadable',
    detail?: string,
  ) {
    super(detail ?? reason);
  }
}

function fromMatrix(matrix: string[][]): ParsedTable {
  const [head, ...body] = matrix;
  if (!head || head.every((h) => !h.trim())) throw new TableFileError('empty');
  const headers = head.map((h) => h.replace(/^\uFEFF/, '').trim());
  const rows = body
    .filter((cells) => cells.some((cell) => cell.trim() !== ''))
    .map((cells) => Object.fromEntries(headers.map((h, i) => [h, (cells[i] ?? '').trim()])));
  return { headers, rows };
}

/** Reads a CSV text into headers and rows. */
export async function parseCsv(text: string): Promise<ParsedTable> {
  if (!text.replace(/^\uFEFF/, '').trim()) throw new TableFileError('empty');
  const { parse } = await import('papaparse');
  const result = parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  if (result.errors.length && !result.data.length) throw new TableFileError('unreadable', result.errors[0]?.message);
  return fromMatrix(result.data);
}

/** Reads the first sheet of an xlsx workbook into headers and rows (cell values as text). */
export async function parseXlsx(data: ArrayBuffer): Promise<ParsedTable> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data);
  } catch (error) {
    throw new TableFileError('unreadable', error instanceof Error ? error.message : String(error));
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new TableFileError('empty');
  const matrix: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cell.text ?? '';
    });
    matrix.push(Array.from(cells, (c) => c ?? ''));
  });
  return fromMatrix(matrix);
}

/** Reads an uploaded CSV or xlsx file, judged by its content (xlsx is a zip: "PK"), not only its name. */
export async function parseTableFile(file: Blob & { name?: string }): Promise<ParsedTable> {
  const buffer = await file.arrayBuffer();
  const bytes = new Uint8Array(buffer.slice(0, 4));
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (isZip) return parseXlsx(buffer);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buffer);
  if (text.includes('\u0000')) throw new TableFileError('unsupported-type', file.name);
  return parseCsv(text);
}
