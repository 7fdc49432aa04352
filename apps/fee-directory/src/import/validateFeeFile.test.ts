import { describe, expect, it, vi } from 'vitest';
import { FEE_FILE_COLUMNS, feeToFileRow } from '@sw/contracts';
import { FEES } from '@sw/mocks';
import { validateFeeFile } from './validateFeeFile.ts';

const yict = FEES.filter((fee) => fee.chargingBody.id === 'yict');
const header = [...FEE_FILE_COLUMNS].map((column) => column.toUpperCase()); // headers match without case

describe('validateFeeFile', () => {
  it('checks 5,000 rows in chunks, reporting progress, and compares them with the current list', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => ({ ...feeToFileRow(yict[0]!), code: `BULK-${i}` }));
    rows[0] = { ...feeToFileRow(yict[1]!), amount: '1' }; // one known item, changed
    const onProgress = vi.fn();
    const result = await validateFeeFile(header, rows, yict, onProgress);
    expect(onProgress).toHaveBeenCalledTimes(20);
    expect(onProgress).toHaveBeenLastCalledWith(5000, 5000);
    if (!('check' in result)) throw new Error('columns should be complete');
    expect(result.check.invalid).toEqual([]);
    expect(result.check.diff.added).toHaveLength(4999);
    expect(result.check.diff.changed.map((c) => [c.current.id, c.fields])).toEqual([[yict[1]!.id, ['amount']]]);
    expect(result.check.diff.notInFile).toHaveLength(yict.length - 1);
  });

  it('names each bad row by its line in the file, duplicates included', async () => {
    const good = feeToFileRow(yict[0]!);
    const result = await validateFeeFile(header, [good, { ...good, code: 'X-2', unit: 'box' }, { ...good }], yict);
    if (!('check' in result)) throw new Error('columns should be complete');
    expect(result.check.invalid).toEqual([
      { line: 2, code: good.code, errors: [{ column: 'code', problem: 'duplicate', value: good.code }] },
      { line: 3, code: 'X-2', errors: [{ column: 'unit', problem: 'invalid_option', value: 'box' }] },
      { line: 4, code: good.code, errors: [{ column: 'code', problem: 'duplicate', value: good.code }] },
    ]);
  });

  it('refuses a file without the required columns before reading its rows', async () => {
    expect(await validateFeeFile(['code', 'name_en'], [{ code: 'A', name_en: 'x' }], [])).toEqual({
      missingColumns: ['name_zh_cn', 'name_zh_hk', 'category', 'unit', 'pricing_type', 'ports', 'effective_from'],
    });
  });
});
