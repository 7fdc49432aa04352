import {
  changePercent,
  type FeeHistoryEntry,
  type FeeItem,
  type FeeStandard,
  type FeeStatus,
  type HistoryDraft,
} from '@sw/contracts';
import { FEES, FEES_AS_OF, SRC_2020_RELIEF, SRC_2022_NOTICE, SRC_PORT_CONSTRUCTION } from './fees.ts';

/**
 * The demo catalogue's history: when each item was listed and every later change of its standard
 * or status, so item pages have a history and a chart and the reductions view has cuts to list.
 * Entries with a `source` are the sourced changes of FACTS.md (the 2020 relief on cargo port dues,
 * the 2021 abolition of the port construction fee, the 2022 pilotage cut and the end of the port
 * facility security fee's government price); every other past figure and date is a demo value.
 */

const fixed = (amount: number): FeeStandard => ({ kind: 'fixed', amount, currency: 'CNY' });

const PILOTAGE_BEFORE_2022: FeeStandard = {
  kind: 'formula',
  formula: {
    'zh-CN': '按《港口收费计费办法》基准费率的100%计收；10海里及以内、超过120,000净吨的船舶每次49,000元（由41,650元÷85%推算）。',
    'zh-HK': '按《港口收費計費辦法》基準費率的100%計收；10海里及以內、超過120,000淨噸的船舶每次49,000元（由41,650元÷85%推算）。',
    en: '100% of the Port Charging Rules base rate; 49,000 yuan for a trip of 10 nautical miles or less for a ship over 120,000 net tons (derived as 41,650 / 0.85).',
  },
  indicativeAmount: 49000,
  currency: 'CNY',
};

type Step =
  | { date: string; standard: FeeStandard; source?: string; note?: string }
  | { date: string; status: FeeStatus; source?: string; note?: string };

interface Past {
  /** Listed from this date with this standard (the item's current one when absent). */
  since: string;
  standard?: FeeStandard;
  source?: string;
  /** Later changes, oldest first, up to the item's present state. */
  steps: Step[];
  /** A new item that was publicised and withdrawn when an objection to it was upheld. */
  publicisedThenUpheld?: { reference: string; lodged: string; decided: string; resolution: string };
}

const PORT_DUES_RELIEF = (before: number): Past => ({
  since: '2019-04-01',
  standard: fixed(before),
  steps: [
    { date: '2020-03-01', standard: fixed(before * 0.8), source: SRC_2020_RELIEF, note: '2020 relief: cut by 20%' },
    { date: '2021-01-01', standard: fixed(before), source: SRC_2020_RELIEF, note: 'relief ended on 2020-12-31' },
  ],
});

const PAST: Record<string, Past> = {
  'fee-port-dues-container-foreign': PORT_DUES_RELIEF(32),
  'fee-port-dues-container-foreign-40': PORT_DUES_RELIEF(48),
  'fee-port-dues-relief-2020': {
    since: '2020-03-01',
    source: SRC_2020_RELIEF,
    steps: [{ date: '2021-01-01', status: 'abolished', source: SRC_2020_RELIEF }],
  },
  'fee-port-construction': {
    since: '2019-04-01',
    source: SRC_PORT_CONSTRUCTION,
    steps: [{ date: '2021-01-01', status: 'abolished', source: SRC_PORT_CONSTRUCTION }],
  },
  'fee-port-facility-security': {
    since: '2019-04-01',
    source: SRC_2022_NOTICE,
    steps: [{ date: '2022-04-01', status: 'abolished', source: SRC_2022_NOTICE }],
  },
  'fee-pilotage-pre-2022': {
    since: '2019-04-01',
    source: SRC_2022_NOTICE,
    steps: [{ date: '2022-04-01', status: 'abolished', source: SRC_2022_NOTICE }],
  },
  'fee-pilotage-yantian': {
    since: '2019-04-01',
    standard: PILOTAGE_BEFORE_2022,
    steps: [{ date: '2022-04-01', standard: FEES_BY_ID('fee-pilotage-yantian').standard, source: SRC_2022_NOTICE }],
  },
  'fee-pilotage-western': {
    since: '2019-04-01',
    standard: PILOTAGE_BEFORE_2022,
    steps: [{ date: '2022-04-01', standard: FEES_BY_ID('fee-pilotage-western').standard, source: SRC_2022_NOTICE }],
  },
  // Demo values from here on.
  'fee-thc-yantian-20': { since: '2021-01-01', standard: fixed(880), steps: [{ date: '2023-01-01', standard: fixed(850) }, { date: '2025-01-01', standard: fixed(820) }] },
  'fee-thc-yantian-40': { since: '2021-01-01', standard: fixed(1250), steps: [{ date: '2023-01-01', standard: fixed(1200) }, { date: '2025-01-01', standard: fixed(1160) }] },
  'fee-thc-shekou-20': { since: '2023-01-01', standard: fixed(820), steps: [{ date: '2025-01-01', standard: fixed(790) }] },
  'fee-thc-shekou-40': { since: '2023-01-01', standard: fixed(1150), steps: [{ date: '2025-01-01', standard: fixed(1120) }] },
  'fee-broker-import-sea': { since: '2022-01-01', standard: fixed(350), steps: [{ date: '2025-01-01', standard: fixed(300) }] },
  'fee-inspection-lift-yantian': { since: '2021-01-01', standard: fixed(260), steps: [{ date: '2024-01-01', standard: fixed(200) }] },
  'fee-reefer-plugin-yantian': { since: '2022-01-01', standard: fixed(180), steps: [{ date: '2025-01-01', standard: fixed(200), note: 'raise publicised 2024-11-18 to 2024-11-29, no objection' }] },
  'fee-cold-chain-disinfection': { since: '2021-01-08', steps: [{ date: '2023-01-08', status: 'suspended' }] },
  'fee-inspection-storage-yantian': { since: '2022-01-01', standard: fixed(30), steps: [{ date: '2024-01-01', standard: fixed(20) }, { date: '2024-07-01', status: 'suspended' }] },
  'fee-night-surcharge-wenjindu': { since: '2021-06-01', steps: [{ date: '2023-06-01', status: 'abolished', note: 'removed as double charging' }] },
  'fee-night-pickup-surcharge-shekou': {
    since: '2026-10-12',
    steps: [],
    publicisedThenUpheld: {
      reference: 'OBJ-20261014-5C1E07A2',
      lodged: '2026-10-14',
      decided: '2026-10-28',
      resolution:
        'Upheld: moving a laden container at night is part of the terminal handling already charged; a separate night fee would charge twice for one service.',
    },
  },
  'fee-eir-printing-yantian': { since: '2020-01-01', steps: [{ date: '2023-01-01', status: 'abolished', note: 'paperless equipment interchange receipts' }] },
};

function FEES_BY_ID(id: string): FeeItem {
  const item = FEES.find((fee) => fee.id === id);
  if (!item) throw new Error(`unknown fee ${id}`);
  return item;
}

const recordedAt = (date: string) => `${date}T09:00:00+08:00`;

function drafts(item: FeeItem): HistoryDraft[] {
  if (item.status === 'publicised') {
    return [{ kind: 'publicised', date: item.publicity?.startsOn ?? FEES_AS_OF.slice(0, 10), standardAfter: item.standard, statusAfter: 'publicised' }];
  }
  const past = PAST[item.id] ?? { since: item.effectiveFrom, steps: [] };
  const upheld = past.publicisedThenUpheld;
  if (upheld) {
    return [
      { kind: 'publicised', date: past.since, standardAfter: item.standard, statusAfter: 'publicised' },
      { kind: 'objection-lodged', date: upheld.lodged, objectionReference: upheld.reference },
      {
        kind: 'objection-upheld',
        date: upheld.decided,
        objectionReference: upheld.reference,
        note: upheld.resolution,
        statusBefore: 'publicised',
        statusAfter: 'withdrawn',
      },
    ];
  }
  let standard = past.standard ?? item.standard;
  let status: FeeStatus = 'effective';
  const list: HistoryDraft[] = [
    { kind: 'listed', date: past.since, standardAfter: standard, statusAfter: status, ...(past.source ? { source: past.source } : {}) },
  ];
  for (const step of past.steps) {
    const extra = { ...(step.source ? { source: step.source } : {}), ...(step.note ? { note: step.note } : {}) };
    if ('standard' in step) {
      const percent = changePercent(standard, step.standard);
      list.push({ kind: 'standard-changed', date: step.date, standardBefore: standard, standardAfter: step.standard, ...(percent === undefined ? {} : { changePercent: percent }), ...extra });
      standard = step.standard;
    } else {
      list.push({ kind: 'status-changed', date: step.date, statusBefore: status, statusAfter: step.status, ...extra });
      status = step.status;
    }
  }
  const pending = item.pendingChange;
  if (pending) {
    const percent = changePercent(item.standard, pending.standard);
    list.push({
      kind: pending.publicity ? 'raise-publicised' : 'cut-scheduled',
      date: pending.publicity?.startsOn ?? FEES_AS_OF.slice(0, 10),
      standardBefore: item.standard,
      standardAfter: pending.standard,
      ...(percent === undefined ? {} : { changePercent: percent }),
      note: `from ${pending.effectiveFrom}`,
    });
  }
  return list;
}

/** Every demo item's history, oldest first per item; ids are `<fee id>#<n>`. */
export const FEE_HISTORY: FeeHistoryEntry[] = FEES.flatMap((item) =>
  drafts(item).map((draft, n): FeeHistoryEntry => ({
    id: `${item.id}#${n + 1}`,
    feeId: item.id,
    at: recordedAt(draft.date),
    ...draft,
    demo: draft.source === undefined && item.demo,
  })),
);
