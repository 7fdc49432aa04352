import { describe, expect, it } from 'vitest';
import { usageMonthRange, type UsageClearanceTime, type UsageFigure } from '@sw/contracts';
import { projectFullAdoption, projectionLine } from './projection.ts';
import { clearanceSeries, completeSince, leagueTable, rateSeries, type RatePoint } from './series.ts';
import { portsInScope, searchWithView, viewFromSearch } from './scope.ts';

const figure = (
  port: UsageFigure['port'],
  month: string,
  singleWindow: number,
  total: number,
  extra: Partial<UsageFigure> = {},
): UsageFigure => ({
  business: 'goods',
  port,
  month,
  singleWindow,
  total,
  revision: 1,
  demo: true,
  ...extra,
});
const points = (rates: number[], start = '2021-01'): RatePoint[] => {
  const months = usageMonthRange(start, '2099-12').slice(0, rates.length);
  return rates.map((rate, i) => ({
    month: months[i]!,
    singleWindow: rate * 1000,
    total: 1000,
    rate,
    demo: true,
    sources: [],
  }));
};

describe('rateSeries', () => {
  it('adds up the scope’s ports month by month and leaves out months not every port has reported', () => {
    const series = rateSeries(
      [
        figure('yantian', '2021-11', 90, 100),
        figure('shekou', '2021-11', 40, 50, { demo: false, source: 'Customs' }),
        figure('yantian', '2021-12', 95, 100),
        figure('shekou', '2021-12', 48, 50),
        figure('yantian', '2022-01', 99, 100),
        figure('chiwan', '2021-12', 1, 1),
      ],
      'goods',
      ['yantian', 'shekou'],
    );
    expect(series.points.map((p) => [p.month, p.singleWindow, p.total, p.rate])).toEqual([
      ['2021-11', 130, 150, 130 / 150],
      ['2021-12', 143, 150, 143 / 150],
    ]);
    expect(series.points[0]).toMatchObject({ demo: true, sources: ['Customs'] });
    expect(series.incomplete).toEqual([{ month: '2022-01', reported: 1, expected: 2 }]);
  });

  it('knows since when a series has been complete', () => {
    expect(completeSince({ business: 'goods', points: points([0.9, 1, 0.99, 1, 1]), incomplete: [] })).toBe('2021-04');
    expect(completeSince({ business: 'goods', points: points([1, 0.99]), incomplete: [] })).toBeUndefined();
  });
});

describe('leagueTable', () => {
  it('ranks ports by rate with the change over a year; equal rates share a rank', () => {
    const rows = leagueTable(
      [
        figure('yantian', '2021-12', 90, 100),
        figure('shekou', '2021-12', 99, 100),
        figure('chiwan', '2021-12', 45, 50),
        figure('yantian', '2020-12', 80, 100),
      ],
      'goods',
      ['yantian', 'shekou', 'chiwan', 'mawan'],
      '2021-12',
    );
    expect(rows.map((r) => [r.port, r.rank])).toEqual([
      ['shekou', 1],
      ['yantian', 2],
      ['chiwan', 2],
    ]);
    expect(rows[1]!.change).toBeCloseTo(0.1);
    expect(rows[2]!.change).toBeUndefined();
  });
});

describe('projectFullAdoption', () => {
  it('follows a steady rise to the month it reaches 100%, with a range', () => {
    const projection = projectFullAdoption(
      points([0.88, 0.89, 0.9, 0.91, 0.92, 0.93, 0.94, 0.95, 0.96, 0.97, 0.98, 0.99]),
    );
    expect(projection).toMatchObject({ status: 'projected', from: '2021-01', to: '2021-12', month: '2022-01' });
    if (projection.status !== 'projected') return;
    expect(projection.pace).toBeCloseTo(0.01);
  });

  it('gives a wider range for an uneven rise, the projection inside it', () => {
    const projection = projectFullAdoption(
      points([0.8, 0.83, 0.81, 0.85, 0.84, 0.88, 0.86, 0.9, 0.89, 0.91, 0.9, 0.93]),
    );
    expect(projection.status).toBe('projected');
    if (projection.status !== 'projected') return;
    expect(projection.earliest! <= projection.month!).toBe(true);
    expect(projection.month! <= (projection.latest ?? '9999-12')).toBe(true);
    expect(projection.earliest).not.toBe(projection.latest);
  });

  it('says so when the rate is not rising, has reached 100%, or there is too little history', () => {
    expect(projectFullAdoption(points([0.9, 0.89, 0.9, 0.88, 0.87, 0.86])).status).toBe('not-rising');
    expect(projectFullAdoption(points([0.98, 0.99, 1, 1]))).toEqual({ status: 'reached', since: '2021-03' });
    expect(projectFullAdoption(points([0.5, 0.6]))).toEqual({ status: 'insufficient', needed: 6, available: 2 });
  });

  it('draws the projected line from the last month to 100%', () => {
    const series = points([0.9, 0.91, 0.92, 0.93, 0.94, 0.95, 0.96, 0.97]);
    const line = projectionLine(series, projectFullAdoption(series));
    expect(line[0]).toEqual({ month: '2021-08', rate: 0.97 });
    expect(line.at(-1)).toEqual({ month: '2021-11', rate: 1 });
  });
});

describe('clearanceSeries', () => {
  it('weights each port by its goods declarations', () => {
    const time = (port: UsageClearanceTime['port'], importHours: number): UsageClearanceTime => ({
      port,
      month: '2021-12',
      importHours,
      exportHours: 1,
      demo: true,
    });
    const series = clearanceSeries(
      [time('yantian', 10), time('shekou', 40)],
      [figure('yantian', '2021-12', 0, 300), figure('shekou', '2021-12', 0, 100)],
      ['yantian', 'shekou'],
    );
    expect(series).toEqual([{ month: '2021-12', importHours: 17.5, exportHours: 1, demo: true }]);
  });
});

describe('the view in the URL', () => {
  it('reads known values, ignores unknown ones and keeps other parameters', () => {
    expect(viewFromSearch('?mode=sea&port=atlantis&business=manifest')).toEqual({ mode: 'sea', business: 'manifest' });
    expect(searchWithView('?lang=en&mode=air', { port: 'yantian', business: 'goods' })).toBe('?lang=en&port=yantian');
    const ports = [
      { id: 'yantian', mode: 'sea', name: { 'zh-CN': 'a', 'zh-HK': 'a', en: 'a' } },
      { id: 'huanggang', mode: 'road', name: { 'zh-CN': 'b', 'zh-HK': 'b', en: 'b' } },
      { id: 'pingshan-rail', mode: 'rail', name: { 'zh-CN': 'c', 'zh-HK': 'c', en: 'c' } },
    ] as const;
    expect(portsInScope(ports, { mode: 'land' })).toEqual(['huanggang', 'pingshan-rail']);
    expect(portsInScope(ports, { port: 'yantian' })).toEqual(['yantian']);
    expect(portsInScope(ports, {})).toHaveLength(3);
  });
});
