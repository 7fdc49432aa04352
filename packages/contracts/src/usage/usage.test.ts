import { describe, expect, it } from 'vitest';
import { addUsageMonths, usageMonthIndex, usageMonthOf, usageMonthRange } from './months.ts';
import { compareUsageItems, matchesUsageQuery, parseUsageFigureParams } from './query.ts';
import { planUsageImport, validateUsageImport, USAGE_IMPORT_MAX_ROWS } from './imports.ts';
import { usageModeOf } from './businesses.ts';
import { usageRate } from './figures.ts';

const NOW = new Date('2022-02-10T12:00:00+08:00');
const row = (extra: Record<string, unknown> = {}) => ({
  business: 'goods',
  port: 'yantian',
  month: '2021-12',
  singleWindow: 9,
  total: 10,
  ...extra,
});
const codes = (body: unknown) => {
  const result = validateUsageImport(body, NOW);
  return result.ok ? [] : result.errors.map((e) => `${e.path} ${e.code}`);
};

describe('months', () => {
  it('steps across years and lists ranges inclusively', () => {
    expect(addUsageMonths('2020-11', 3)).toBe('2021-02');
    expect(addUsageMonths('2021-01', -1)).toBe('2020-12');
    expect(usageMonthRange('2020-11', '2021-02')).toEqual(['2020-11', '2020-12', '2021-01', '2021-02']);
    expect(usageMonthIndex('2021-01') - usageMonthIndex('2020-01')).toBe(12);
    expect(() => usageMonthIndex('2021-13')).toThrow(RangeError);
  });

  it('reads the month in Shenzhen time', () => {
    expect(usageMonthOf(new Date('2021-12-31T17:00:00Z'))).toBe('2022-01');
    expect(usageMonthOf(new Date('2021-12-31T15:00:00Z'))).toBe('2021-12');
  });
});

describe('rates and modes', () => {
  it('is undefined without declarations and never above 100%', () => {
    expect(usageRate(0, 0)).toBeUndefined();
    expect(usageRate(3, 4)).toBe(0.75);
    expect(usageRate(5, 4)).toBe(1);
  });

  it('groups road and rail ports as land', () => {
    expect(['sea', 'air', 'road', 'rail'].map((m) => usageModeOf(m as never))).toEqual(['sea', 'air', 'land', 'land']);
  });
});

describe('figure query parameters', () => {
  it('reads lists and months, and filters by them', () => {
    const parsed = parseUsageFigureParams(
      new URLSearchParams('business=goods,manifest&mode=land&from=2020-01&to=2020-06'),
    );
    expect(parsed).toEqual({
      ok: true,
      query: { business: ['goods', 'manifest'], mode: ['land'], from: '2020-01', to: '2020-06' },
    });
    if (!parsed.ok) return;
    const modeOf = (port: string) => (port === 'huanggang' ? 'land' : 'sea') as never;
    expect(matchesUsageQuery({ business: 'goods', port: 'huanggang', month: '2020-03' }, parsed.query, modeOf)).toBe(
      true,
    );
    expect(matchesUsageQuery({ business: 'goods', port: 'yantian', month: '2020-03' }, parsed.query, modeOf)).toBe(
      false,
    );
    expect(matchesUsageQuery({ business: 'goods', port: 'huanggang', month: '2020-07' }, parsed.query, modeOf)).toBe(
      false,
    );
  });

  it('names each bad value and a reversed range', () => {
    const bad = parseUsageFigureParams(new URLSearchParams('business=goods,cargo&port=atlantis&from=2020-13'));
    expect(bad.ok ? [] : bad.errors.map((e) => e.path)).toEqual(['business', 'port', 'from']);
    const reversed = parseUsageFigureParams(new URLSearchParams('from=2021-01&to=2020-01'));
    expect(reversed.ok ? [] : reversed.errors.map((e) => e.path)).toEqual(['to']);
  });

  it('orders by business, port as listed, then month', () => {
    const items = [
      { business: 'manifest', port: 'yantian', month: '2020-01' },
      { business: 'goods', port: 'shekou', month: '2020-01' },
      { business: 'goods', port: 'yantian', month: '2020-02' },
      { business: 'goods', port: 'yantian', month: '2020-01' },
    ] as const;
    expect([...items].sort(compareUsageItems).map((i) => `${i.business} ${i.port} ${i.month}`)).toEqual([
      'goods yantian 2020-01',
      'goods yantian 2020-02',
      'goods shekou 2020-01',
      'manifest yantian 2020-01',
    ]);
  });
});

describe('validateUsageImport', () => {
  it('accepts good rows and trims the source', () => {
    const result = validateUsageImport(
      { source: '  Customs report  ', rows: [row(), row({ business: 'manifest' })] },
      NOW,
    );
    expect(result).toEqual({
      ok: true,
      request: { source: 'Customs report', rows: [row(), row({ business: 'manifest' })] },
    });
  });

  it('refuses negative counts, a single-window count above the total and duplicate rows', () => {
    expect(
      codes({
        source: 'x',
        rows: [row(), row({ total: -1 }), row({ port: 'shekou', singleWindow: 11 }), row({ business: 'transport' })],
      }),
    ).toEqual([
      'rows.1.total usage.count_negative',
      'rows.1 usage.duplicate_row',
      'rows.2.singleWindow usage.single_window_above_total',
    ]);
  });

  it('names unknown values, malformed and future months, and non-integer counts', () => {
    expect(
      codes({
        source: 'x',
        rows: [
          row({ business: 'cargo', port: 'atlantis', month: '2021-13' }),
          row({ month: '2022-02' }),
          row({ singleWindow: 1.5, total: '10' }),
          row({ port: 'chiwan', total: undefined, extra: 1 }),
        ],
      }),
    ).toEqual([
      'rows.0.business usage.unknown_business',
      'rows.0.port usage.unknown_port',
      'rows.0.month usage.invalid_month',
      'rows.1.month usage.month_in_future',
      'rows.2.singleWindow usage.count_not_integer',
      'rows.2.total usage.count_not_integer',
      'rows.3.extra usage.unknown_field',
      'rows.3.total usage.count_missing',
    ]);
  });

  it('needs a source and between one and the maximum number of rows', () => {
    expect(codes({ rows: [] })).toEqual(['source usage.source_required', 'rows usage.no_rows']);
    const many = Array.from({ length: USAGE_IMPORT_MAX_ROWS + 1 }, (_, i) =>
      row({ month: `20${10 + Math.floor(i / 12)}-01` }),
    );
    expect(codes({ source: 'x', rows: many })).toContain('rows usage.too_many_rows');
    expect(codes([])).toEqual([' usage.body_invalid']);
  });
});

describe('planUsageImport', () => {
  it('tells new figures, corrections (with the old value) and unchanged ones apart', () => {
    const stored = { singleWindow: 9, total: 10, revision: 2 };
    const plan = planUsageImport({ source: 's', rows: [row() as never] }, () => stored);
    expect(plan).toMatchObject({ created: 0, corrected: 0, unchanged: 1 });
    const correction = planUsageImport({ source: 's', rows: [row({ singleWindow: 10 }) as never] }, () => stored);
    expect(correction.rows[0]).toMatchObject({ change: 'correction', previous: stored });
    const fresh = planUsageImport({ source: 's', rows: [row() as never] }, () => undefined);
    expect(fresh).toMatchObject({ created: 1, rows: [{ change: 'new' }] });
  });
});
