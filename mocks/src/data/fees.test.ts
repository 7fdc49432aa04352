import { describe, expect, it } from 'vitest';
import {
  FEE_CATEGORIES,
  FEE_STATUSES,
  FEE_UNITS,
  PORT_IDS,
  PRICING_TYPES,
  feeIndicativeAmount,
  feeItemSchema,
  portSchema,
  type FeeItem,
  type LocalizedText,
} from '@sw/contracts';
import { FEES, FEES_AS_OF, feeById } from './fees.ts';
import { ORGANISATIONS, PORTS } from './organisations.ts';
import { languageProblems } from '../testing/localizedText.ts';

function texts(item: FeeItem): Array<[string, LocalizedText]> {
  const list: Array<[string, LocalizedText]> = [
    ['name', item.name],
    ['chargingBody.name', item.chargingBody.name],
    ['service', item.service],
    ['payment', item.payment],
    ['legalBasis.title', item.legalBasis.title],
  ];
  if (item.standard.kind === 'formula') list.push(['standard.formula', item.standard.formula]);
  return list;
}

describe('FEES', () => {
  it('is a catalogue of 60 to 90 items', () => {
    expect(FEES.length).toBeGreaterThanOrEqual(60);
    expect(FEES.length).toBeLessThanOrEqual(90);
  });

  it('validates every item against feeItemSchema', () => {
    const failures = FEES.flatMap((item) => {
      const result = feeItemSchema.safeParse(item);
      return result.success ? [] : [`${item.id}: ${result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join(', ')}`];
    });
    expect(failures).toEqual([]);
  });

  it('has unique ids and codes', () => {
    const duplicates = (values: string[]) => values.filter((value, index) => values.indexOf(value) !== index);
    expect(duplicates(FEES.map((item) => item.id))).toEqual([]);
    expect(duplicates(FEES.map((item) => item.code))).toEqual([]);
    expect(feeById('fee-pilotage-yantian')?.code).toBe('PI-001');
    expect(feeById('no-such-fee')).toBeUndefined();
  });

  it('has every text in simplified Chinese, traditional Chinese and English', () => {
    const problems = FEES.flatMap((item) => texts(item).flatMap(([where, text]) => languageProblems(`${item.id} ${where}`, text)));
    expect(problems).toEqual([]);
  });

  it('marks sourced items demo: false with a source, and everything else demo: true without one', () => {
    const wrong = FEES.filter((item) =>
      item.demo ? item.source !== undefined : !(typeof item.source === 'string' && item.source.length > 20),
    );
    expect(wrong.map((item) => item.id)).toEqual([]);
    const sourced = FEES.filter((item) => !item.demo).map((item) => item.id);
    expect(sourced).toEqual(
      expect.arrayContaining([
        'fee-pilotage-yantian',
        'fee-port-facility-security',
        'fee-forwarder-documentation',
        'fee-forwarder-customs-clearance',
        'fee-port-dues-relief-2020',
        'fee-port-construction',
      ]),
    );
    expect(sourced.length).toBeLessThan(FEES.length / 2);
  });

  it('carries the sourced figures', () => {
    expect(feeIndicativeAmount(feeById('fee-pilotage-yantian')!)).toBe(41650);
    expect(feeById('fee-pilotage-yantian')?.effectiveFrom).toBe('2022-04-01');
    expect(feeById('fee-forwarder-documentation')?.standard).toEqual({ kind: 'fixed', amount: 125, currency: 'CNY' });
    expect(feeById('fee-forwarder-documentation')?.unit).toBe('bill-of-lading');
    expect(feeById('fee-forwarder-customs-clearance')?.standard).toEqual({ kind: 'fixed', amount: 250, currency: 'CNY' });
    expect(feeById('fee-forwarder-customs-clearance')?.unit).toBe('consignment');
    expect(feeById('fee-port-facility-security')).toMatchObject({ status: 'abolished', effectiveFrom: '2022-04-01' });
  });

  it('uses every category, unit, pricing type, status and port', () => {
    expect(new Set(FEES.map((item) => item.category))).toEqual(new Set(FEE_CATEGORIES));
    expect(new Set(FEES.map((item) => item.unit))).toEqual(new Set(FEE_UNITS));
    expect(new Set(FEES.map((item) => item.pricingType))).toEqual(new Set(PRICING_TYPES));
    expect(new Set(FEES.map((item) => item.status))).toEqual(new Set(FEE_STATUSES));
    expect(new Set(FEES.flatMap((item) => item.ports))).toEqual(new Set(PORT_IDS));
  });

  it('is mostly effective, with a few publicised, suspended and abolished items', () => {
    const count = (status: string) => FEES.filter((item) => item.status === status).length;
    expect(count('effective')).toBeGreaterThan(FEES.length * 0.75);
    for (const status of ['publicised', 'suspended', 'abolished']) expect(count(status)).toBeGreaterThanOrEqual(2);
  });

  it('dates publicised items after the catalogue date and everything else on or before it', () => {
    const asOf = FEES_AS_OF.slice(0, 10);
    const wrong = FEES.filter((item) => (item.status === 'publicised' ? item.effectiveFrom <= asOf : item.effectiveFrom > asOf));
    expect(wrong.map((item) => `${item.id} ${item.status} ${item.effectiveFrom}`)).toEqual([]);
  });

  it('names each charging body as in ORGANISATIONS', () => {
    const byId = new Map<string, unknown>(ORGANISATIONS.map((o) => [o.id, o.name]));
    const wrong = FEES.filter((item) => JSON.stringify(byId.get(item.chargingBody.id)) !== JSON.stringify(item.chargingBody.name));
    expect(wrong.map((item) => item.id)).toEqual([]);
  });
});

describe('PORTS and ORGANISATIONS', () => {
  it('lists every port once, valid and in three languages', () => {
    expect(PORTS.map((port) => port.id)).toEqual([...PORT_IDS]);
    for (const port of PORTS) expect(portSchema.parse(port)).toEqual(port);
    expect(PORTS.flatMap((port) => languageProblems(port.id, port.name))).toEqual([]);
  });

  it('has unique organisations in three languages, all charging a fee except customs', () => {
    const ids = ORGANISATIONS.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ORGANISATIONS.flatMap((o) => languageProblems(o.id, o.name))).toEqual([]);
    const used = new Set(FEES.map((item) => item.chargingBody.id));
    // Customs levies no fee of its own in the catalogue; it is listed for the other modules.
    expect(ids.filter((id) => !used.has(id))).toEqual(['shenzhen-customs']);
  });
});
