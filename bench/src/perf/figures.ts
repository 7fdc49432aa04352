import type { PageLoadFigures } from './pageLoad.ts';

export const median = (values: number[]): number => {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Each figure's median over repeated loads of one page. */
export function medianLoad(runs: PageLoadFigures[]): PageLoadFigures {
  return {
    jsBytes: median(runs.map((r) => r.jsBytes)),
    requests: median(runs.map((r) => r.requests)),
    depth: median(runs.map((r) => r.depth)),
    mainContentMs: median(runs.map((r) => r.mainContentMs)),
  };
}

/** The targets: suite / monolith at most these, on every route. */
export const TARGETS = {
  bytesRatio: 1.15,
  timeRatio: 1.2,
  shellEntryKb: 30,
  languageSwitchMs: 100,
  feeFilterMedianMs: 50,
} as const;

/** Below this, JS bytes are noise (a warm cache that revalidated a file): the ratio is not meaningful. */
const NEGLIGIBLE_BYTES = 1024;

export interface LoadComparison {
  path: string;
  label: string;
  cache: 'cold' | 'warm';
  suite: PageLoadFigures;
  monolith: PageLoadFigures;
}

export function verdict({ suite, monolith }: LoadComparison): { bytes: boolean; time: boolean } {
  return {
    bytes: suite.jsBytes <= NEGLIGIBLE_BYTES || suite.jsBytes <= monolith.jsBytes * TARGETS.bytesRatio,
    time: suite.mainContentMs <= monolith.mainContentMs * TARGETS.timeRatio,
  };
}
