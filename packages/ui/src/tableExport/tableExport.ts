export interface ExportColumn<Row> {
  /** Column heading as the reader sees it (already translated). */
  title: string;
  value: (row: Row) => string | number | null | undefined;
}

export type ExportFormat = 'csv' | 'xlsx';

/** Rows as a CSV text; a BOM first so Excel opens Chinese text as UTF-8. */
export async function toCsv<Row>(columns: ExportColumn<Row>[], rows: readonly Row[]): Promise<string> {
  const { unparse } = await import('papaparse');
  const data = rows.map((row) => columns.map((c) => c.value(row) ?? ''));
  return `\uFEFF${unparse({ fields: columns.map((c) => c.title), data })}`;
}

/** Rows as an xlsx workbook with one sheet; numbers stay numbers. exceljs loads only when asked. */
export async function toXlsx<Row>(
  columns: ExportColumn<Row>[],
  rows: readonly Row[],
  sheetName: string,
): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.addRow(columns.map((c) => c.title)).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((c) => c.value(row) ?? null));
  sheet.columns.forEach((column) => (column.width = 18));
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

/** Starts a download of the rows in the chosen format. */
export async function downloadTable<Row>(
  format: ExportFormat,
  fileName: string,
  columns: ExportColumn<Row>[],
  rows: readonly Row[],
): Promise<void> {
  const blob =
    format === 'csv'
      ? new Blob([await toCsv(columns, rows)], { type: 'text/csv;charset=utf-8' })
      : await toXlsx(columns, rows, fileName);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${fileName}.${format}`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
