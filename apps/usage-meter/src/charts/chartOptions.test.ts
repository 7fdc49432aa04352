import { describe, expect, it } from 'vitest';
import type { NationalClearanceTime } from '@sw/contracts';
import type { RatePoint, RateSeries } from '../analysis/series.ts';
import type { UsageFormat } from '../format/useUsageFormat.ts';
import { clearanceOption, projectionOption, trendOption } from './chartOptions.ts';

const format = {
  rate: (v: number) => `${(v * 100).toFixed(1)}%`,
  month: (m: string) => m,
  hours: (v: number) => v.toFixed(2),
  count: (v: number) => String(v),
} as unknown as UsageFormat;
const point = (month: string, rate: number): RatePoint => ({
  month,
  rate,
  singleWindow: rate * 100,
  total: 100,
  demo: true,
  sources: [],
});
type Option = { series: Array<Record<string, never>>; xAxis: { data: string[] }; yAxis: { min: number } };

describe('chart options', () => {
  it('draw the monthly rates with the 100% target and the target date', () => {
    const series: RateSeries[] = (['goods', 'manifest', 'transport'] as const).map((business) => ({
      business,
      points: [point('2020-11', 0.8), point('2020-12', 0.85), point('2021-01', 0.9)],
      incomplete: [],
    }));
    const option = trendOption({
      series,
      names: { goods: 'G', manifest: 'M', transport: 'T' },
      format,
      targetLabel: 'Target',
      targetMonth: '2020-12',
      targetDateLabel: 'Target date',
    }) as unknown as Option;
    expect(option.series.map((s) => s.name)).toEqual(['G', 'M', 'T']);
    expect(option.xAxis.data).toEqual(['2020-11', '2020-12', '2021-01']);
    expect(option.yAxis.min).toBe(0.8);
    expect(JSON.stringify(option.series[0])).toContain('"yAxis":1');
    expect(JSON.stringify(option.series[0])).toContain('"xAxis":"2020-12"');
  });

  it('draw the projection dashed to 100% with its range', () => {
    const option = projectionOption({
      points: [point('2021-11', 0.96), point('2021-12', 0.97)],
      line: [
        { month: '2021-12', rate: 0.97 },
        { month: '2022-01', rate: 0.985 },
        { month: '2022-02', rate: 1 },
      ],
      projection: {
        status: 'projected',
        from: '2021-01',
        to: '2021-12',
        pace: 0.01,
        month: '2022-02',
        earliest: '2022-01',
        latest: '2022-05',
      },
      format,
      labels: { actual: 'A', projected: 'P', range: 'R', target: 'T' },
    }) as unknown as Option;
    expect(option.xAxis.data).toEqual(['2021-11', '2021-12', '2022-01', '2022-02', '2022-03', '2022-04', '2022-05']);
    expect(JSON.stringify(option.series[1])).toContain('"markArea"');
  });

  it('draw the national figures as labelled reference lines', () => {
    const national: NationalClearanceTime[] = [
      { id: 'b', kind: 'baseline', period: '2017', importHours: 97.39, exportHours: 12.29, source: 'GAC' },
    ];
    const option = clearanceOption({
      points: [{ month: '2021-12', importHours: 20, exportHours: 1, demo: true }],
      direction: 'import',
      national,
      nationalLabel: () => 'China 2017 baseline',
      format,
      seriesName: 'Imports',
      unit: 'h',
    }) as unknown as Option;
    expect(JSON.stringify(option.series[0])).toContain('China 2017 baseline 97.39 h');
  });
});
