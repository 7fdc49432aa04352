import {
  USAGE_BUSINESSES,
  addUsageMonths,
  usageRate,
  type PortId,
  type UsageBusiness,
  type UsageClearanceTime,
  type UsageFigure,
} from '@sw/contracts';

/** One month of one business in a scope: the ports' counts added up. */
export interface RatePoint {
  month: string;
  singleWindow: number;
  total: number;
  /** undefined when there were no declarations at all. */
  rate: number | undefined;
  /** Any of the added figures is a demo value. */
  demo: boolean;
  /** The sources of the added figures (demo values have none). */
  sources: string[];
}

export interface RateSeries {
  business: UsageBusiness;
  /** Complete months only, oldest first. */
  points: RatePoint[];
  /** Months left out because not every port of the scope has reported yet. */
  incomplete: Array<{ month: string; reported: number; expected: number }>;
}

/**
 * Adds up a business's figures over the scope's ports, month by month. A month counts only once
 * every port that reports this business in the scope has a figure for it, so an upload that has
 * reached some ports never shows as a sudden jump or drop of the whole city.
 */
export function rateSeries(
  figures: readonly UsageFigure[],
  business: UsageBusiness,
  ports: readonly PortId[],
): RateSeries {
  const inScope = new Set(ports);
  const byMonth = new Map<string, UsageFigure[]>();
  const reporting = new Set<PortId>();
  for (const figure of figures) {
    if (figure.business !== business || !inScope.has(figure.port)) continue;
    reporting.add(figure.port);
    byMonth.set(figure.month, [...(byMonth.get(figure.month) ?? []), figure]);
  }
  const points: RatePoint[] = [];
  const incomplete: RateSeries['incomplete'] = [];
  for (const month of [...byMonth.keys()].sort()) {
    const items = byMonth.get(month)!;
    if (items.length < reporting.size) {
      incomplete.push({ month, reported: items.length, expected: reporting.size });
      continue;
    }
    const singleWindow = items.reduce((sum, f) => sum + f.singleWindow, 0);
    const total = items.reduce((sum, f) => sum + f.total, 0);
    points.push({
      month,
      singleWindow,
      total,
      rate: usageRate(singleWindow, total),
      demo: items.some((f) => f.demo),
      sources: [...new Set(items.flatMap((f) => (f.source ? [f.source] : [])))],
    });
  }
  return { business, points, incomplete };
}

export function allRateSeries(figures: readonly UsageFigure[], ports: readonly PortId[]): RateSeries[] {
  return USAGE_BUSINESSES.map((business) => rateSeries(figures, business, ports));
}

export function pointAt(series: RateSeries, month: string): RatePoint | undefined {
  return series.points.find((point) => point.month === month);
}

/** The first month of the run of 100% months that the series ends with, if it ends at 100%. */
export function completeSince(series: RateSeries): string | undefined {
  let since: string | undefined;
  for (const point of series.points) since = point.rate === 1 ? (since ?? point.month) : undefined;
  return since;
}

export interface LeagueRow {
  port: PortId;
  rank: number;
  singleWindow: number;
  total: number;
  rate: number | undefined;
  /** Change of the rate against the same month a year earlier (rate units), when both are known. */
  change: number | undefined;
  demo: boolean;
  source: string | undefined;
}

/** The ports ranked by their rate in a month (highest first; equal rates share a rank). */
export function leagueTable(
  figures: readonly UsageFigure[],
  business: UsageBusiness,
  ports: readonly PortId[],
  month: string,
): LeagueRow[] {
  const yearBefore = addUsageMonths(month, -12);
  const find = (port: PortId, m: string) =>
    figures.find((f) => f.business === business && f.port === port && f.month === m);
  const rows = ports.flatMap((port) => {
    const figure = find(port, month);
    if (!figure) return [];
    const rate = usageRate(figure.singleWindow, figure.total);
    const earlier = find(port, yearBefore);
    const earlierRate = earlier ? usageRate(earlier.singleWindow, earlier.total) : undefined;
    return [
      {
        port,
        singleWindow: figure.singleWindow,
        total: figure.total,
        rate,
        change: rate !== undefined && earlierRate !== undefined ? rate - earlierRate : undefined,
        demo: figure.demo,
        source: figure.source,
      },
    ];
  });
  rows.sort((a, b) => (b.rate ?? -1) - (a.rate ?? -1));
  return rows.map((row) => ({
    ...row,
    rank: rows.findIndex((other) => other.rate === row.rate) + 1,
  }));
}

export interface ClearancePoint {
  month: string;
  importHours: number;
  exportHours: number;
  demo: boolean;
}

/**
 * Average release times over the scope's ports, month by month, each port weighted by its goods
 * declarations that month (a busy port counts for more than a small one); a plain mean where no
 * counts are known.
 */
export function clearanceSeries(
  times: readonly UsageClearanceTime[],
  figures: readonly UsageFigure[],
  ports: readonly PortId[],
): ClearancePoint[] {
  const inScope = new Set(ports);
  const weight = new Map<string, number>();
  for (const f of figures) if (f.business === 'goods') weight.set(`${f.port}/${f.month}`, f.total);
  const byMonth = new Map<string, UsageClearanceTime[]>();
  for (const item of times) {
    if (!inScope.has(item.port)) continue;
    byMonth.set(item.month, [...(byMonth.get(item.month) ?? []), item]);
  }
  return [...byMonth.keys()].sort().map((month) => {
    const items = byMonth.get(month)!;
    const weights = items.map((item) => weight.get(`${item.port}/${month}`));
    const weighted = weights.every((w) => w !== undefined && w > 0);
    const w = (i: number) => (weighted ? weights[i]! : 1);
    const sum = items.reduce((s, _item, i) => s + w(i), 0);
    const mean = (pick: (item: UsageClearanceTime) => number) =>
      Math.round((items.reduce((s, item, i) => s + pick(item) * w(i), 0) / sum) * 100) / 100;
    return {
      month,
      importHours: mean((item) => item.importHours),
      exportHours: mean((item) => item.exportHours),
      demo: items.some((item) => item.demo),
    };
  });
}
