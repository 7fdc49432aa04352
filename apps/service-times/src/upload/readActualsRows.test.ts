import { describe, expect, it } from 'vitest';
import { STANDARD_VERSIONS } from '@sw/mocks/data';
import {
  checkUploadRows,
  readActualsRows,
  readMonth,
  readPercent,
  withRowErrors,
  type ReadOptions,
} from './readActualsRows.ts';

const options: ReadOptions = {
  headerAliases: {
    month: ['月份'],
    operation: ['作业'],
    handled: ['作业量'],
    within_limit_percent: ['时限内完成比例（%）'],
  },
  operationNames: new Map([
    ['unstuffing', 'unstuffing'],
    ['掏箱', 'unstuffing'],
    ['tally-report', 'tally-report'],
  ]),
};
const table = (rows: Array<Record<string, string>>, headers = ['月份', '作业', '作业量', '时限内完成比例（%）']) => ({
  headers,
  rows,
});
const good = { 月份: '2026年9月', 作业: '掏箱', 作业量: '1,520', '时限内完成比例（%）': '97.5%' };
const versions = STANDARD_VERSIONS.filter((v) => v.terminalId === 'yict');

describe('reading an actuals file', () => {
  it('reads months, names, counts and shares as spreadsheets write them', () => {
    expect(readMonth('2026/9')).toBe('2026-09');
    expect(readMonth('2026-10-01T00:00:00.000Z')).toBe('2026-10');
    expect(readMonth('2026-13')).toBeUndefined();
    expect(readPercent('97,5')).toBe(97.5);
    expect(readPercent('97.55')).toBeUndefined();
    const { rows, problem } = readActualsRows(table([good]), options);
    expect(problem).toBeUndefined();
    expect(rows[0]).toMatchObject({
      line: 2,
      row: { month: '2026-09', operation: 'unstuffing', handled: 1520, withinLimitPercent: 97.5 },
      problems: [],
    });
  });

  it('names every bad cell of every row, with its line in the file', () => {
    const { rows } = readActualsRows(
      table([good, { 月份: 'Sept', 作业: 'bunkering', 作业量: '0', '时限内完成比例（%）': '101' }]),
      options,
    );
    expect(rows[1]!.row).toBeUndefined();
    expect(rows[1]!.problems.map((p) => [p.column, p.code])).toEqual([
      ['month', 'monthInvalid'],
      ['operation', 'operationUnknown'],
      ['handled', 'handledInvalid'],
      ['within_limit_percent', 'percentInvalid'],
    ]);
  });

  it('refuses a file without the columns, or with no rows', () => {
    expect(readActualsRows(table([], ['month', 'operation']), options).problem).toEqual({
      code: 'missingColumns',
      columns: ['handled', 'within_limit_percent'],
    });
    expect(readActualsRows(table([]), options).problem).toEqual({ code: 'noRows' });
  });

  it('adds the API’s own checks: unfinished months, no standard, repeats', () => {
    const { rows } = readActualsRows(
      table([
        good,
        { ...good, 月份: '2026-11' },
        { ...good, 作业: 'tally-report' },
        { ...good, 作业量: '900' },
        { ...good, 月份: 'x' },
      ]),
      options,
    );
    const checked = checkUploadRows(rows, { versions, currentMonth: '2026-11', terminal: 'YICT' });
    expect(checked.map((row) => row.problems.map((p) => p.code))).toEqual([
      [],
      ['monthNotComplete'],
      ['operationNoStandard'],
      ['duplicateRow'],
      ['monthInvalid'],
    ]);
    expect(checked[3]!.problems[0]!.values).toMatchObject({ line: 2 });
  });

  it('puts the API’s refusals on the rows it names', () => {
    const { rows } = readActualsRows(table([good, good]), options);
    const marked = withRowErrors(
      rows,
      [{ path: 'rows.1.withinLimitPercent', message: 'too big', code: 'too_big' }],
      'YICT',
    );
    expect(marked[0]!.problems).toEqual([]);
    expect(marked[1]!.problems).toEqual([
      { column: 'within_limit_percent', code: 'rowRejected', values: { detail: 'too big' } },
    ]);
  });
});
