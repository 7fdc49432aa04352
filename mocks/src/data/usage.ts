import {
  PORT_IDS,
  USAGE_BUSINESSES,
  addUsageMonths,
  compareUsageItems,
  usageMonthRange,
  usageFigureKey,
  type PortId,
  type UsageBusiness,
  type UsageFigure,
  type UsageRevision,
} from '@sw/contracts';
import { between, seededRandom } from './usage-random.ts';

/**
 * Demo application rates of the single window's main businesses at Shenzhen's ports, 2018-01 to
 * 2021-12. No actual rates toward the 2020 target were found in public sources (see
 * shared/data/FACTS.md), so every count here is an illustrative value (`demo: true`), generated
 * deterministically from fixed seeds: the same on every run, in the mocks and in the server's seed.
 *
 * Shape: each business follows an S-curve toward 100% with its own start and pace (manifest
 * declaration fastest, goods declaration slowest), ports start a few months apart, months vary
 * unevenly (some slip back a little), and a series that has reached 100% stays there. Totals follow
 * each port's traffic with a Spring Festival dip in February and slight growth.
 */
export const USAGE_FIRST_MONTH = '2018-01';
export const USAGE_LAST_MONTH = '2021-12';
/** When the demo figures were last published; the API reports it as `asOf` until the first upload. */
export const USAGE_AS_OF = '2022-01-20T10:00:00+08:00';

/** S-curve per business: the rate at the start (`floor`), the month of fastest rise and its pace. */
const CURVES: Record<UsageBusiness, { floor: number; midpoint: number; scale: number }> = {
  manifest: { floor: 0.82, midpoint: 6, scale: 4 },
  transport: { floor: 0.6, midpoint: 12, scale: 5 },
  goods: { floor: 0.35, midpoint: 18, scale: 7 },
};

/** Monthly declarations per business (illustrative) and how many months each port's roll-out lags. */
const PORT_PROFILES: Record<PortId, { volume: Record<UsageBusiness, number>; lag: number }> = {
  yantian: { volume: { goods: 52_000, manifest: 61_000, transport: 980 }, lag: 0 },
  shekou: { volume: { goods: 26_000, manifest: 30_000, transport: 720 }, lag: 1 },
  chiwan: { volume: { goods: 18_000, manifest: 21_000, transport: 540 }, lag: 1 },
  mawan: { volume: { goods: 9_000, manifest: 11_000, transport: 310 }, lag: 2 },
  'dachan-bay': { volume: { goods: 5_200, manifest: 6_400, transport: 160 }, lag: 4 },
  'baoan-airport': { volume: { goods: 48_000, manifest: 72_000, transport: 3_900 }, lag: 2 },
  huanggang: { volume: { goods: 61_000, manifest: 58_000, transport: 142_000 }, lag: 3 },
  wenjindu: { volume: { goods: 9_800, manifest: 9_100, transport: 21_000 }, lag: 5 },
  'shenzhen-bay': { volume: { goods: 38_000, manifest: 36_000, transport: 88_000 }, lag: 3 },
  'pingshan-rail': { volume: { goods: 640, manifest: 420, transport: 95 }, lag: 7 },
};

/** Below this gap a series counts as complete: every declaration goes through the single window. */
const COMPLETE_GAP = 0.0005;

/** The date a month's figures were published: the 15th of the next month, 10:00 in Shenzhen. */
export function usagePublicationTime(month: string): string {
  return `${addUsageMonths(month, 1)}-15T10:00:00+08:00`;
}

function series(business: UsageBusiness, port: PortId): UsageFigure[] {
  const random = seededRandom(`usage/${business}/${port}`);
  const { floor, midpoint, scale } = CURVES[business];
  const { volume, lag } = PORT_PROFILES[port];
  let complete = false;
  return usageMonthRange(USAGE_FIRST_MONTH, USAGE_LAST_MONTH).map((month, t) => {
    const seasonal = month.endsWith('-02') ? 0.74 : Number(month.slice(5)) >= 10 ? 1.06 : 1;
    const total = Math.round(volume[business] * seasonal * (1 + 0.004 * t) * between(random, 0.94, 1.06));
    const trend = (1 - floor) / (1 + Math.exp((t - lag - midpoint) / scale));
    // Uneven months: the gap is sometimes wider (a slip back), mostly a little narrower or wider.
    const gap = trend * (random() < 0.12 ? between(random, 1.2, 1.6) : between(random, 0.8, 1.15));
    complete ||= gap < COMPLETE_GAP;
    const singleWindow = complete ? total : Math.min(total, Math.round(total * (1 - gap)));
    return { business, port, month, singleWindow, total, revision: 1, demo: true };
  });
}

/**
 * Demo corrections: figures first published too low (late declarations missing) and corrected a
 * month later, so the history of a corrected figure can be shown.
 */
const DEMO_CORRECTIONS: Array<{ business: UsageBusiness; port: PortId; month: string; missing: number; note: string }> = [
  { business: 'goods', port: 'huanggang', month: '2020-06', missing: 2_140, note: '补录报关系统迟报的单一窗口申报（演示）' },
  { business: 'transport', port: 'shenzhen-bay', month: '2020-11', missing: 3_060, note: '补录车辆载货清单迟报数据（演示）' },
  { business: 'manifest', port: 'yantian', month: '2019-03', missing: 860, note: '更正舱单统计口径（演示）' },
];

function withCorrections(figures: UsageFigure[]): UsageFigure[] {
  return figures.map((figure) => {
    const correction = DEMO_CORRECTIONS.find((c) => usageFigureKey(c) === usageFigureKey(figure));
    return correction ? { ...figure, revision: 2 } : figure;
  });
}

/** Every demo figure, in the API's order (business, port, month). */
export const USAGE_FIGURES: readonly UsageFigure[] = withCorrections(
  USAGE_BUSINESSES.flatMap((business) => PORT_IDS.map((port) => series(business, port)).flat()),
).sort(compareUsageItems);

/** The seeded history of a demo figure, newest first: its first publication and any demo correction. */
export function demoUsageRevisions(figure: UsageFigure): UsageRevision[] {
  const first: UsageRevision = {
    revision: 1,
    singleWindow: figure.singleWindow,
    total: figure.total,
    demo: true,
    at: usagePublicationTime(figure.month),
  };
  const correction = DEMO_CORRECTIONS.find((c) => usageFigureKey(c) === usageFigureKey(figure));
  if (!correction) return [first];
  return [
    {
      revision: 2,
      singleWindow: figure.singleWindow,
      total: figure.total,
      demo: true,
      note: correction.note,
      at: usagePublicationTime(addUsageMonths(figure.month, 1)),
    },
    { ...first, singleWindow: Math.max(0, figure.singleWindow - correction.missing) },
  ];
}
