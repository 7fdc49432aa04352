import { addUsageMonths, usageMonthFromIndex, usageMonthIndex } from '@sw/contracts';
import type { RatePoint } from './series.ts';

/** Months of recent history the straight line is fitted to. */
export const PROJECTION_WINDOW = 12;
/** How far ahead a crossing is still given as a month; beyond that it is "not within ten years". */
export const PROJECTION_HORIZON = 120;
/** Two-sided 95% normal quantile for the slope's confidence interval. */
const Z95 = 1.96;

export type Projection =
  | { status: 'reached'; since: string }
  | { status: 'insufficient'; needed: number; available: number }
  | {
      status: 'projected' | 'not-rising';
      /** The months the line was fitted to. */
      from: string;
      to: string;
      /** The fitted pace, in rate units (1 = 100 percentage points) per month. */
      pace: number;
      /** The month the line reaches 100% (undefined when not rising or beyond the horizon). */
      month: string | undefined;
      /** Earliest and latest month from the slope's 95% confidence interval (undefined: beyond the horizon). */
      earliest: string | undefined;
      latest: string | undefined;
    };

/**
 * When does the rate reach 100% at the current pace? A straight line is fitted by least squares to
 * the last `window` monthly rates and followed to 100%; the range takes the slope's 95% confidence
 * interval (±1.96 standard errors) with the line pivoting on the window's mean. A series that ends
 * at 100% has reached it. Months before the next one are never projected.
 */
export function projectFullAdoption(points: readonly RatePoint[], window = PROJECTION_WINDOW): Projection {
  const known = points.filter((p): p is RatePoint & { rate: number } => p.rate !== undefined);
  const last = known.at(-1);
  if (last?.rate === 1) {
    let since = last.month;
    for (let i = known.length - 1; i >= 0 && known[i]!.rate === 1; i--) since = known[i]!.month;
    return { status: 'reached', since };
  }
  const recent = known.slice(-window);
  if (recent.length < Math.min(6, window) || !last) {
    return { status: 'insufficient', needed: Math.min(6, window), available: recent.length };
  }
  const xs = recent.map((p) => usageMonthIndex(p.month));
  const ys = recent.map((p) => p.rate);
  const n = xs.length;
  const meanX = xs.reduce((s, x) => s + x, 0) / n;
  const meanY = ys.reduce((s, y) => s + y, 0) / n;
  const sxx = xs.reduce((s, x) => s + (x - meanX) ** 2, 0);
  const slope = xs.reduce((s, x, i) => s + (x - meanX) * (ys[i]! - meanY), 0) / sxx;
  const residual = xs.reduce((s, x, i) => s + (ys[i]! - (meanY + slope * (x - meanX))) ** 2, 0);
  const standardError = Math.sqrt(residual / Math.max(n - 2, 1) / sxx);

  const lastIndex = usageMonthIndex(last.month);
  const crossing = (pace: number): string | undefined => {
    if (!(pace > 0)) return undefined;
    const x = Math.ceil(meanX + (1 - meanY) / pace - 1e-9);
    const month = Math.max(x, lastIndex + 1);
    return month - lastIndex > PROJECTION_HORIZON ? undefined : usageMonthFromIndex(month);
  };
  const month = crossing(slope);
  return {
    status: month ? 'projected' : 'not-rising',
    from: recent[0]!.month,
    to: last.month,
    pace: slope,
    month,
    earliest: crossing(slope + Z95 * standardError),
    latest: crossing(slope - Z95 * standardError),
  };
}

/** The projected line for a chart: from the last actual month to the projected month. */
export function projectionLine(
  points: readonly RatePoint[],
  projection: Projection,
): Array<{ month: string; rate: number }> {
  if (projection.status !== 'projected' || !projection.month) return [];
  const last = points.filter((p) => p.rate !== undefined).at(-1);
  if (!last || last.rate === undefined) return [];
  const steps = usageMonthIndex(projection.month) - usageMonthIndex(last.month);
  return Array.from({ length: steps + 1 }, (_, i) => ({
    month: addUsageMonths(last.month, i),
    rate: i === steps ? 1 : Math.min(1, last.rate! + ((1 - last.rate!) * i) / steps),
  }));
}
