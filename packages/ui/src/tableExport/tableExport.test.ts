import { describe, expect, it } from 'vitest';
import { parseTableFile } from '../tableImport/tableImport.ts';
import { toCsv, toXlsx, type ExportColumn } from './tableExport.ts';

interface Row {
  port: string;
  rate: number | null;
}
const columns: ExportColumn<Row>[] = [
  { title: '口岸', value: (r) => r.port },
  { title: 'Rate, %', value: (r) => r.rate },
];
const rows: Row[] = [
  { port: '盐田', rate: 98.5 },
  { port: 'Shekou, "west"', rate: null },
];

describe('table export and import', () => {
  it('writes CSV with a BOM, quoting, and empty cells for missing values', async () => {
    const csv = await toCsv(columns, rows);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('"Rate, %"');
    expect(csv).toContain('"Shekou, ""west""",');
  });

  it('round-trips CSV and xlsx through the importer, which judges the file by its content', async () => {
    const csv = new Blob([await toCsv(columns, rows)]);
    expect(await parseTableFile(Object.assign(csv, { name: 'rates.xlsx' }))).toEqual({
      headers: ['口岸', 'Rate, %'],
      rows: [
        { 口岸: '盐田', 'Rate, %': '98.5' },
        { 口岸: 'Shekou, "west"', 'Rate, %': '' },
      ],
    });
    const xlsx = await toXlsx(columns, rows, 'rates');
    const parsed = await parseTableFile(Object.assign(xlsx, { name: 'rates.csv' }));
    expect(parsed.headers).toEqual(['口岸', 'Rate, %']);
    expect(parsed.rows[0]).toEqual({ 口岸: '盐田', 'Rate, %': '98.5' });
  });

  it('refuses a binary file that is neither CSV nor xlsx, and an empty one', async () => {
    const png = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00])]);
    await expect(parseTableFile(png)).rejects.toMatchObject({ reason: 'unsupported-type' });
    await expect(parseTableFile(new Blob(['\n\n']))).rejects.toMatchObject({ reason: 'empty' });
  });
});
