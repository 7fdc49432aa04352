import { describe, expect, it } from 'vitest';
import { estimateCharges, shipmentFromSearchParams, shipmentSchema, shipmentToSearchParams } from './estimate.ts';
import type { FeeItem, FeeStandard } from './schema.ts';

const t = (text: string) => ({ 'zh-CN': text, 'zh-HK': text, en: text });
const fixed = (amount: number): FeeStandard => ({ kind: 'fixed', amount, currency: 'CNY' });
let serial = 0;
function fee(overrides: Partial<FeeItem>): FeeItem {
  return {
    id: `fee-${++serial}`,
    code: `C-${serial}`,
    chargingBody: { id: 'yict', name: t('YICT') },
    name: t('x'),
    category: 'terminal-handling',
    service: t('x'),
    standard: fixed(1),
    unit: 'teu20',
    pricingType: 'market-regulated',
    legalBasis: { title: t('law') },
    payment: t('cash'),
    ports: ['yantian'],
    effectiveFrom: '2025-01-01',
    status: 'effective',
    demo: true,
    ...overrides,
  };
}

const THC20 = fee({ id: 'thc20', standard: fixed(820), unit: 'teu20' });
const THC40 = fee({ id: 'thc40', standard: fixed(1160), unit: 'feu40' });
const BROKER_EXPORT = fee({
  id: 'broker-export',
  category: 'customs-broker',
  unit: 'declaration',
  standard: fixed(200),
  appliesTo: { directions: ['export'] },
});
const BROKER_IMPORT = fee({
  id: 'broker-import',
  category: 'customs-broker',
  unit: 'declaration',
  standard: fixed(300),
  appliesTo: { directions: ['import'] },
});
const STORAGE = fee({
  id: 'storage',
  category: 'storage',
  unit: 'container-day',
  standard: { kind: 'formula', formula: t('4 free days, then 20 a day'), indicativeAmount: 20, currency: 'CNY' },
});
const SECURITY = fee({
  id: 'security',
  category: 'security',
  standard: { kind: 'formula', formula: t('no higher than before'), currency: 'CNY' },
});
const INSPECTION = fee({ id: 'inspection', category: 'inspection', unit: 'container', standard: fixed(200) });
const PILOTAGE = fee({
  id: 'pilotage',
  category: 'pilotage',
  unit: 'trip',
  standard: { kind: 'formula', formula: t('85%'), indicativeAmount: 41650, currency: 'CNY' },
});
const LIFT = fee({ id: 'lift', unit: 'container', standard: fixed(180), appliesTo: { condition: 'on-request' } });
const CRANE = fee({
  id: 'crane',
  category: 'equipment',
  unit: 'hour',
  standard: fixed(600),
  appliesTo: { condition: 'always' },
});
const PUBLICISED = fee({ id: 'new', status: 'publicised', standard: fixed(15), unit: 'container' });
const FUTURE = fee({ id: 'future', effectiveFrom: '2027-06-01', standard: fixed(10) });
const SHEKOU = fee({ id: 'shekou', ports: ['shekou'], standard: fixed(790) });
const CATALOGUE = [
  THC20,
  THC40,
  BROKER_EXPORT,
  BROKER_IMPORT,
  STORAGE,
  SECURITY,
  INSPECTION,
  PILOTAGE,
  LIFT,
  CRANE,
  PUBLICISED,
  FUTURE,
  SHEKOU,
];

const ids = (lines: Array<{ fee: FeeItem }>) => lines.map((line) => line.fee.id);
const estimate = (input: Parameters<typeof shipmentSchema.parse>[0]) =>
  estimateCharges(CATALOGUE, shipmentSchema.parse(input), '2026-12-01');

describe('estimateCharges', () => {
  it('itemises the effective charges of the port and direction, with a total', () => {
    const result = estimate({ port: 'yantian', direction: 'export', containers20: 2, containers40: 1 });
    expect(ids(result.lines)).toEqual(['thc20', 'thc40', 'broker-export']);
    expect(result.lines.map((l) => [l.quantity, l.amount])).toEqual([
      [2, 1640],
      [1, 1160],
      [1, 200],
    ]);
    expect(result.total).toBe(3000);
    expect(result.approximate).toBe(false);
  });

  it('never counts a publicised item or one not yet in force, nor another port’s', () => {
    const all = [...ids(estimate({ port: 'yantian', direction: 'import', containers20: 1 }).lines)];
    expect(all).not.toContain('new');
    expect(all).not.toContain('future');
    expect(all).not.toContain('shekou');
  });

  it('prices storage days from the rule’s indicative amount, marked approximate', () => {
    const result = estimate({ port: 'yantian', direction: 'import', containers20: 2, storageDays: 3 });
    const storage = result.lines.find((l) => l.fee.id === 'storage');
    expect(storage).toMatchObject({ quantity: 6, unitAmount: 20, amount: 120, approximate: true });
    expect(result.approximate).toBe(true);
  });

  it('lists what cannot be priced apart from the total', () => {
    const result = estimate({ port: 'yantian', direction: 'import', containers20: 1 });
    expect(result.unpriced).toEqual([
      { fee: SECURITY, reason: 'no-amount' },
      { fee: CRANE, reason: 'needs-hours' },
    ]);
  });

  it('adds vessel charges only with a vessel, conditional ones when they apply, optional ones when ordered', () => {
    const plain = estimate({ port: 'yantian', direction: 'export', containers20: 1 });
    expect(ids(plain.lines)).not.toContain('pilotage');
    expect(ids(plain.optional)).toEqual(['inspection', 'lift']);
    const full = estimate({
      port: 'yantian',
      direction: 'export',
      containers20: 1,
      vesselNetTons: 130_000,
      conditions: ['inspection'],
      add: ['lift'],
      drop: ['broker-export'],
    });
    expect(ids(full.lines)).toEqual(['thc20', 'inspection', 'pilotage', 'lift']);
    expect(ids(full.optional)).toEqual(['broker-export']);
    expect(full.total).toBe(820 + 200 + 41650 + 180);
  });
});

describe('shareable estimator links', () => {
  it('round-trip a shipment through the URL, leaving defaults out', () => {
    const shipment = shipmentSchema.parse({
      port: 'shekou',
      direction: 'import',
      containers40: 3,
      weightTons: 42.5,
      conditions: ['inspection', 'reefer'],
      drop: ['fee-a'],
    });
    const params = shipmentToSearchParams(shipment);
    expect(params.toString()).toBe(
      'port=shekou&direction=import&containers40=3&weightTons=42.5&conditions=inspection%2Creefer&drop=fee-a',
    );
    expect(shipmentFromSearchParams(params)).toEqual({ ok: true, shipment });
  });

  it('names the invalid fields of a bad link and keeps the rest', () => {
    const result = shipmentFromSearchParams(
      new URLSearchParams('port=atlantis&direction=export&containers20=-1&containers40=2'),
    );
    expect(result).toEqual({
      ok: false,
      invalid: ['port', 'containers20'],
      partial: { direction: 'export', containers40: 2 },
    });
  });
});
