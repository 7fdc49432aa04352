import type { NationalClearanceTime, PortId, UsageBusiness } from '@sw/contracts';
import type { Projection } from '../analysis/projection.ts';
import type { ClearancePoint, LeagueRow, RatePoint, RateSeries } from '../analysis/series.ts';
import type { UsageFormat } from '../format/useUsageFormat.ts';
import type { ChartProps } from '@sw/ui';

type EChartsCoreOption = ChartProps['option'];

// Pure builders of the echarts options: what each chart draws, testable without echarts.
// Tooltips are confined to their chart: a panel off screen skips rendering (ChartPanel), which
// clips what overflows it, and a confined tooltip also stays on a narrow screen.

const TARGET_COLOR = '#cf1322';
const REFERENCE_COLOR = '#8c8c8c';

/** The lowest tenth below every rate shown, so differences near 100% stay visible. */
function rateAxisMin(rates: Array<number | undefined>): number {
  const known = rates.filter((r): r is number => r !== undefined);
  return known.length ? Math.max(0, Math.floor(Math.min(...known) * 10) / 10) : 0;
}

const percentAxis = (format: UsageFormat, min: number) => ({
  type: 'value',
  min,
  max: 1,
  axisLabel: { formatter: (value: number) => format.rate(value) },
});

export function trendOption(options: {
  series: RateSeries[];
  names: Record<UsageBusiness, string>;
  format: UsageFormat;
  targetLabel: string;
  targetMonth: string;
  targetDateLabel: string;
}): EChartsCoreOption {
  const { series, names, format } = options;
  const months = [...new Set(series.flatMap((s) => s.points.map((p) => p.month)))].sort();
  const rateOf = (s: RateSeries, month: string) => s.points.find((p) => p.month === month)?.rate ?? null;
  return {
    tooltip: {
      trigger: 'axis',
      confine: true,
      valueFormatter: (value: number | null) => (value === null ? '–' : format.rate(value)),
    },
    legend: { top: 0 },
    grid: { left: 56, right: 24, top: 40, bottom: 32 },
    xAxis: { type: 'category', boundaryGap: false, data: months.map(format.month) },
    yAxis: percentAxis(format, rateAxisMin(series.flatMap((s) => s.points.map((p) => p.rate)))),
    series: series.map((s, index) => ({
      type: 'line',
      name: names[s.business],
      showSymbol: false,
      data: months.map((month) => rateOf(s, month)),
      ...(index === 0
        ? {
            markLine: {
              symbol: 'none',
              silent: true,
              lineStyle: { color: TARGET_COLOR, type: 'dashed' },
              label: { formatter: '{b}', position: 'insideEndTop' },
              data: [
                { name: options.targetLabel, yAxis: 1 },
                ...(months.includes(options.targetMonth)
                  ? [{ name: options.targetDateLabel, xAxis: format.month(options.targetMonth) }]
                  : []),
              ],
            },
          }
        : {}),
    })),
  };
}

export function projectionOption(options: {
  points: RatePoint[];
  line: Array<{ month: string; rate: number }>;
  projection: Projection;
  format: UsageFormat;
  labels: { actual: string; projected: string; range: string; target: string };
  /** Months of history shown before the projection. */
  history?: number;
}): EChartsCoreOption {
  const { points, line, projection, format, labels } = options;
  const shown = points.slice(-(options.history ?? 24));
  const range =
    projection.status === 'projected' && projection.earliest
      ? { from: projection.earliest, to: projection.latest ?? projection.month ?? projection.earliest }
      : undefined;
  const months = [
    ...new Set([...shown.map((p) => p.month), ...line.map((p) => p.month), ...(range ? [range.to] : [])]),
  ].sort();
  // Fill the gap to the end of the range so its area has somewhere to be drawn.
  const last = months.at(-1);
  const allMonths = last ? fillMonths(months[0]!, last) : [];
  const actual = new Map(shown.map((p) => [p.month, p.rate ?? null]));
  const projected = new Map(line.map((p) => [p.month, p.rate]));
  return {
    tooltip: {
      trigger: 'axis',
      confine: true,
      valueFormatter: (value: number | null) => (value === null ? '–' : format.rate(value)),
    },
    legend: { top: 0 },
    grid: { left: 56, right: 24, top: 40, bottom: 32 },
    xAxis: { type: 'category', boundaryGap: false, data: allMonths.map(format.month) },
    yAxis: percentAxis(format, rateAxisMin(shown.map((p) => p.rate))),
    series: [
      {
        type: 'line',
        name: labels.actual,
        showSymbol: false,
        data: allMonths.map((m) => actual.get(m) ?? null),
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { color: TARGET_COLOR, type: 'dashed' },
          label: { formatter: '{b}', position: 'insideEndTop' },
          data: [{ name: labels.target, yAxis: 1 }],
        },
      },
      {
        type: 'line',
        name: labels.projected,
        showSymbol: false,
        lineStyle: { type: 'dashed' },
        data: allMonths.map((m) => projected.get(m) ?? null),
        ...(range
          ? {
              markArea: {
                silent: true,
                itemStyle: { color: 'rgba(19, 86, 168, 0.1)' },
                label: { formatter: labels.range, position: 'insideTop' },
                data: [[{ xAxis: format.month(range.from) }, { xAxis: format.month(range.to) }]],
              },
            }
          : {}),
      },
    ],
  };
}

function fillMonths(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  for (;;) {
    const current = `${year}-${String(month).padStart(2, '0')}`;
    months.push(current);
    if (current >= to) return months;
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
}

export function leagueOption(options: {
  rows: LeagueRow[];
  portName: (port: PortId) => string;
  format: UsageFormat;
  seriesName: string;
  targetLabel: string;
}): EChartsCoreOption {
  const { rows, portName, format } = options;
  // Highest first from the top: echarts draws a category axis bottom-up.
  const ordered = [...rows].reverse();
  return {
    tooltip: {
      trigger: 'axis',
      confine: true,
      axisPointer: { type: 'shadow' },
      valueFormatter: (value: number | null) => (value === null ? '–' : format.rate(value)),
    },
    grid: { left: 8, right: 48, top: 8, bottom: 24, containLabel: true },
    xAxis: percentAxis(format, rateAxisMin(rows.map((r) => r.rate))),
    yAxis: { type: 'category', data: ordered.map((r) => portName(r.port)) },
    series: [
      {
        type: 'bar',
        name: options.seriesName,
        data: ordered.map((r) => r.rate ?? null),
        label: { show: true, position: 'right', formatter: ({ value }: { value: number }) => format.rate(value) },
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { color: TARGET_COLOR, type: 'dashed' },
          label: { formatter: '{b}' },
          data: [{ name: options.targetLabel, xAxis: 1 }],
        },
      },
    ],
  };
}

export function clearanceOption(options: {
  points: ClearancePoint[];
  direction: 'import' | 'export';
  national: readonly NationalClearanceTime[];
  nationalLabel: (reference: NationalClearanceTime) => string;
  format: UsageFormat;
  seriesName: string;
  unit: string;
}): EChartsCoreOption {
  const { points, direction, national, format } = options;
  const pick = (item: { importHours: number; exportHours: number }) =>
    direction === 'import' ? item.importHours : item.exportHours;
  return {
    tooltip: {
      trigger: 'axis',
      confine: true,
      valueFormatter: (value: number) => `${format.hours(value)} ${options.unit}`,
    },
    legend: { top: 0 },
    grid: { left: 48, right: 24, top: 40, bottom: 32 },
    xAxis: { type: 'category', boundaryGap: false, data: points.map((p) => format.month(p.month)) },
    yAxis: {
      type: 'value',
      min: 0,
      name: options.unit,
      axisLabel: { formatter: (value: number) => format.count(value) },
    },
    series: [
      {
        type: 'line',
        name: options.seriesName,
        showSymbol: false,
        data: points.map(pick),
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { color: REFERENCE_COLOR, type: 'dashed' },
          label: { formatter: '{b}', position: 'insideEndTop' },
          data: national.map((reference) => ({
            name: `${options.nationalLabel(reference)} ${format.hours(pick(reference))} ${options.unit}`,
            yAxis: pick(reference),
          })),
        },
      },
    ],
  };
}
