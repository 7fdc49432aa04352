import { committedPercentFor, monthsBefore, type ActualsRow, type ServiceOperation } from '@sw/contracts';
import { STANDARD_VERSIONS } from './serviceTimesStandards.ts';
import { TERMINALS } from './serviceTimesTerminals.ts';

/** A reported month as the demo data set stores it (the figures are illustrative: `demo: true`). */
export interface StoredActual extends ActualsRow {
  terminalId: string;
  demo: boolean;
}

/** The last reported month of the demo data; reporting runs two years back from it. */
export const ACTUALS_LAST_DEMO_MONTH = '2026-10';
const MONTHS = Array.from({ length: 24 }, (_, index) => monthsBefore(ACTUALS_LAST_DEMO_MONTH, 23 - index));

/** Operations a month sees at the largest terminal; smaller terminals scale it down. */
const MONTHLY_VOLUME: Record<ServiceOperation, number> = {
  'in-yard-transfer': 9000,
  'lifting-shifting': 5200,
  unstuffing: 1400,
  'cargo-pickup': 82000,
  'vessel-berthing': 260,
  'inspection-move': 3100,
  'tally-report': 250,
  'pickup-paperwork': 60000,
  'export-receipt': 95000,
};
const TERMINAL_SCALE: Record<string, number> = { yict: 1, sct: 0.55, cct: 0.45, mct: 0.5, dcb: 0.12 };

/** Months that fell short of the commitment, so the charts and flags have something to show. */
const SHORTFALLS = new Set([
  'yict cargo-pickup 2025-08',
  'yict cargo-pickup 2026-02',
  'sct unstuffing 2025-07',
  'cct lifting-shifting 2025-12',
  'cct lifting-shifting 2026-01',
  'mct inspection-move 2026-06',
  'dcb in-yard-transfer 2025-03',
  'dcb in-yard-transfer 2025-08',
  'dcb in-yard-transfer 2026-05',
  'dcb unstuffing 2026-09',
]);

/** A small seeded generator (mulberry32): the same demo figures on every start, in server and mocks alike. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

function generate(): StoredActual[] {
  const next = random(20190630);
  const rows: StoredActual[] = [];
  for (const terminal of TERMINALS) {
    const versions = STANDARD_VERSIONS.filter((version) => version.terminalId === terminal.id);
    const operations = [...new Set(versions.map((version) => version.operation))];
    for (const operation of operations) {
      for (const month of MONTHS) {
        const committed = committedPercentFor(versions, operation, month);
        if (committed === undefined) continue;
        const lunarNewYear = month.endsWith('-02') ? 0.7 : 1;
        const handled = Math.round(
          MONTHLY_VOLUME[operation] * (TERMINAL_SCALE[terminal.id] ?? 0.3) * lunarNewYear * (0.9 + next() * 0.2),
        );
        const shortfall = SHORTFALLS.has(`${terminal.id} ${operation} ${month}`);
        const share = shortfall ? committed - 0.6 - next() * 3.4 : committed + 0.3 + next() * (99.8 - committed);
        rows.push({
          terminalId: terminal.id,
          month,
          operation,
          handled: Math.max(1, handled),
          withinLimitPercent: Math.min(99.9, oneDecimal(share)),
          demo: true,
        });
      }
    }
  }
  return rows;
}

/** Monthly actuals of every published operation, November 2024 to October 2026 (demo values). */
export const MONTHLY_ACTUALS: StoredActual[] = generate();
