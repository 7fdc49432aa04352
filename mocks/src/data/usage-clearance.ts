import { PORT_IDS, usageMonthRange, type UsageClearanceTime, type NationalClearanceTime, type PortId } from '@sw/contracts';
import { USAGE_FIRST_MONTH, USAGE_LAST_MONTH } from './usage.ts';
import { between, seededRandom } from './usage-random.ts';

/**
 * Average release times per port and month, 2018-01 to 2021-12 (measure 29's clearance-time
 * evaluation). Shenzhen's port-level times were not found in public sources, so these are
 * illustrative values (`demo: true`), generated deterministically; the national figures below are
 * sourced and drawn as reference lines.
 */
export const CLEARANCE_TIMES_AS_OF = '2022-01-20T10:00:00+08:00';

const GAC_SOURCE =
  'General Administration of Customs (海关总署): national overall clearance time, as published in its press releases (2017 baseline, 2018 target, December 2020, 2022)';

/** China's overall clearance time (shared/data/FACTS.md), in hours. */
export const NATIONAL_CLEARANCE_TIMES: readonly NationalClearanceTime[] = [
  { id: 'baseline-2017', kind: 'baseline', period: '2017', importHours: 97.39, exportHours: 12.29, source: GAC_SOURCE },
  { id: 'target-2018', kind: 'target', period: '2018', importHours: 65, exportHours: 8.2, source: GAC_SOURCE },
  { id: 'actual-2020-12', kind: 'actual', period: '2020-12', importHours: 34.91, exportHours: 1.78, source: GAC_SOURCE },
  { id: 'actual-2022', kind: 'actual', period: '2022', importHours: 32.02, exportHours: 1.03, source: GAC_SOURCE },
];

/** Hours at the start (2018-01) and the end (2021-12) of the demo period, by kind of port. */
const PROFILES: Record<'sea' | 'air' | 'road' | 'rail', { import: [number, number]; export: [number, number] }> = {
  sea: { import: [58, 24], export: [7.5, 1.4] },
  air: { import: [14, 5], export: [3, 0.8] },
  road: { import: [4, 1.2], export: [1.5, 0.4] },
  rail: { import: [30, 12], export: [6, 2] },
};
const PORT_KIND: Record<PortId, keyof typeof PROFILES> = {
  yantian: 'sea',
  shekou: 'sea',
  chiwan: 'sea',
  mawan: 'sea',
  'dachan-bay': 'sea',
  'baoan-airport': 'air',
  huanggang: 'road',
  wenjindu: 'road',
  'shenzhen-bay': 'road',
  'pingshan-rail': 'rail',
};
/** Ports a little slower or faster than their kind's profile. */
const PORT_FACTOR: Record<PortId, number> = {
  yantian: 0.92,
  shekou: 1,
  chiwan: 1.05,
  mawan: 1.12,
  'dachan-bay': 1.2,
  'baoan-airport': 1,
  huanggang: 0.95,
  wenjindu: 1.1,
  'shenzhen-bay': 0.9,
  'pingshan-rail': 1,
};

const round2 = (value: number) => Math.round(value * 100) / 100;

function portSeries(port: PortId): UsageClearanceTime[] {
  const random = seededRandom(`clearance/${port}`);
  const months = usageMonthRange(USAGE_FIRST_MONTH, USAGE_LAST_MONTH);
  const profile = PROFILES[PORT_KIND[port]];
  // Exponential decline from the start value to the end value over the period.
  const at = ([start, end]: [number, number], t: number) => start * (end / start) ** (t / (months.length - 1));
  return months.map((month, t) => {
    const festival = month.endsWith('-02') ? 1.1 : 1;
    const factor = PORT_FACTOR[port] * festival;
    return {
      port,
      month,
      importHours: round2(at(profile.import, t) * factor * between(random, 0.94, 1.06)),
      exportHours: round2(at(profile.export, t) * factor * between(random, 0.94, 1.06)),
      demo: true,
    };
  });
}

/** Every demo release time, by port (as in `PORT_IDS`) then month. */
export const CLEARANCE_TIMES: readonly UsageClearanceTime[] = PORT_IDS.flatMap(portSeries);
