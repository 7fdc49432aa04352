import { describe, expect, it } from 'vitest';
import {
  PORT_IDS,
  USAGE_BUSINESSES,
  usageClearanceTimeSchema,
  usageFigureKey,
  usageFigureSchema,
  usageMonthRange,
  type UsageBusiness,
} from '@sw/contracts';
import { USAGE_FIGURES, USAGE_FIRST_MONTH, USAGE_LAST_MONTH, demoUsageRevisions } from './usage.ts';
import { CLEARANCE_TIMES, NATIONAL_CLEARANCE_TIMES } from './usage-clearance.ts';
import { seededRandom } from './usage-random.ts';

const MONTHS = usageMonthRange(USAGE_FIRST_MONTH, USAGE_LAST_MONTH);

/** All Shenzhen ports together, one business, one month. */
function cityRate(business: UsageBusiness, month: string): number {
  const figures = USAGE_FIGURES.filter((f) => f.business === business && f.month === month);
  return figures.reduce((sum, f) => sum + f.singleWindow, 0) / figures.reduce((sum, f) => sum + f.total, 0);
}

describe('usage demo figures', () => {
  it('cover every business at every port for each month of 2018-01 to 2021-12, once, all valid demo values', () => {
    expect(MONTHS).toHaveLength(48);
    expect(USAGE_FIGURES).toHaveLength(USAGE_BUSINESSES.length * PORT_IDS.length * MONTHS.length);
    expect(new Set(USAGE_FIGURES.map(usageFigureKey)).size).toBe(USAGE_FIGURES.length);
    for (const figure of USAGE_FIGURES) {
      expect(usageFigureSchema.parse(figure)).toEqual(figure);
      expect(figure.demo).toBe(true);
      expect(figure.source).toBeUndefined();
    }
  });

  it('never go above 100% and rise toward it: manifest fastest, goods slowest', () => {
    for (const figure of USAGE_FIGURES) expect(figure.singleWindow).toBeLessThanOrEqual(figure.total);
    for (const business of USAGE_BUSINESSES) expect(cityRate(business, '2021-12')).toBeGreaterThan(cityRate(business, '2018-01'));
    for (const month of ['2018-06', '2019-06', '2020-12', '2021-12']) {
      expect(cityRate('manifest', month)).toBeGreaterThanOrEqual(cityRate('transport', month));
      expect(cityRate('transport', month)).toBeGreaterThan(cityRate('goods', month));
    }
    // Goods declaration misses the 2020 target; manifest declaration is complete at every port by then.
    expect(cityRate('goods', '2020-12')).toBeLessThan(0.97);
    expect(cityRate('manifest', '2020-12')).toBe(1);
  });

  it('rise unevenly: some months slip back', () => {
    const goods = MONTHS.map((month) => cityRate('goods', month));
    const slips = goods.filter((rate, i) => i > 0 && rate < goods[i - 1]!);
    expect(slips.length).toBeGreaterThan(0);
  });

  it('keep each figure’s history, newest first, the current value on top', () => {
    for (const figure of USAGE_FIGURES) {
      const [latest, ...older] = demoUsageRevisions(figure);
      expect(latest).toMatchObject({ revision: figure.revision, singleWindow: figure.singleWindow, total: figure.total });
      expect(older).toHaveLength(figure.revision - 1);
    }
    expect(USAGE_FIGURES.filter((f) => f.revision > 1).length).toBeGreaterThan(0);
  });

  it('are the same on every run', () => {
    const a = seededRandom('usage/goods/yantian');
    const b = seededRandom('usage/goods/yantian');
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    expect(USAGE_FIGURES.find((f) => f.business === 'goods' && f.port === 'yantian' && f.month === '2018-01')).toEqual(
      expect.objectContaining({ singleWindow: expect.any(Number) }),
    );
  });
});

describe('clearance times', () => {
  it('cover every port and month, fall over the period, and cite the national figures', () => {
    expect(CLEARANCE_TIMES).toHaveLength(PORT_IDS.length * MONTHS.length);
    for (const item of CLEARANCE_TIMES) expect(usageClearanceTimeSchema.parse(item)).toEqual(item);
    for (const port of PORT_IDS) {
      const series = CLEARANCE_TIMES.filter((item) => item.port === port);
      expect(series.at(-1)!.importHours).toBeLessThan(series[0]!.importHours);
      expect(series.at(-1)!.exportHours).toBeLessThan(series[0]!.exportHours);
    }
    expect(NATIONAL_CLEARANCE_TIMES.map((n) => [n.period, n.importHours, n.exportHours])).toEqual([
      ['2017', 97.39, 12.29],
      ['2018', 65, 8.2],
      ['2020-12', 34.91, 1.78],
      ['2022', 32.02, 1.03],
    ]);
    for (const item of NATIONAL_CLEARANCE_TIMES) expect(item.source).toMatch(/General Administration of Customs/);
  });
});
