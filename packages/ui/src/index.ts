export { Chart } from './Chart/Chart.tsx';
export type { ChartProps } from './Chart/Chart.tsx';
export { downloadTable, toCsv, toXlsx } from './tableExport/tableExport.ts';
export { ExportButtons } from './ExportButtons/ExportButtons.tsx';
export type { ExportColumn, ExportFormat } from './tableExport/tableExport.ts';
export { TableFileError, parseCsv, parseTableFile, parseXlsx } from './tableImport/tableImport.ts';
export type { ParsedTable } from './tableImport/tableImport.ts';
export { ACCESSIBLE_TOKENS, AccessibleColors, TAG_TONES, ToneTag } from './AccessibleColors/AccessibleColors.tsx';
export type { TagTone } from './AccessibleColors/AccessibleColors.tsx';
