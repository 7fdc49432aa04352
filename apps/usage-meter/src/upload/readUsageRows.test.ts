import { describe, expect, it } from 'vitest';
import { PORTS } from '@sw/mocks';
import { parseCsv } from '@sw/ui';
import { readCount, readMonth, readUsageRows } from './readUsageRows.ts';

describe('readUsageRows', () => {
  it('finds columns by their header in any language and reads names, months and counts', async () => {
    const table = await parseCsv(
      [
        '月份,口岸,业务,单一窗口申报量,申报总量',
        '2021年12月,鹽田港,貨物申報,"49,000",50000',
        '2021/11,Shekou Port,manifest,1 200,1300',
      ].join('\n'),
    );
    const result = readUsageRows(table, PORTS);
    expect(result).toEqual({
      ok: true,
      lines: [2, 3],
      rows: [
        { month: '2021-12', port: 'yantian', business: 'goods', singleWindow: 49000, total: 50000 },
        { month: '2021-11', port: 'shekou', business: 'manifest', singleWindow: 1200, total: 1300 },
      ],
    });
  });

  it('keeps what it cannot read as written, for the checks to name', async () => {
    const table = await parseCsv(
      'Month,Port,Business,Single-window declarations,All declarations\n2021-13,Atlantis,Cargo,abc,\n',
    );
    const result = readUsageRows(table, PORTS);
    expect(result.ok && result.rows[0]).toEqual({
      month: '2021-13',
      port: 'Atlantis',
      business: 'Cargo',
      singleWindow: 'abc',
      total: undefined,
    });
  });

  it('says which columns are missing', async () => {
    const table = await parseCsv('month,port,total\n2021-12,yantian,5\n');
    expect(readUsageRows(table, PORTS)).toEqual({
      ok: false,
      reason: 'missing-columns',
      missing: ['business', 'singleWindow'],
    });
  });

  it('reads the usual spellings of months and counts', () => {
    expect(
      ['2021-12', '2021/3', '2021.03', '2021-03-01', '2021年3月', '2021-3-15 00:00:00', 'March'].map(readMonth),
    ).toEqual(['2021-12', '2021-03', '2021-03', '2021-03', '2021-03', '2021-03', 'March']);
    expect(['12,345', ' ７ ', '', '-4', '1.5', 'n/a'].map(readCount)).toEqual([12345, 7, undefined, -4, 1.5, 'n/a']);
  });
});
