import { describe, expect, it } from 'vitest';
import {
  FEE_CATEGORIES,
  FEE_CONDITIONS,
  FEE_HISTORY_KINDS,
  FEE_STATUSES,
  FEE_UNITS,
  LOCALES,
  OBJECTION_STATUSES,
  PORT_IDS,
  PRICING_TYPES,
  SHIPMENT_DIRECTIONS,
} from '@sw/contracts';
import { feeDirectoryDefinition } from '../definition.ts';

const { resources } = feeDirectoryDefinition;

/** Every leaf key, dotted, so the three languages can be compared shape for shape. */
function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

/** English alone has singular forms (`_one`); Chinese has one plural form, the base key. */
const withoutSingulars = (keys: string[]) => keys.filter((key) => !key.endsWith('_one'));

/** Traditional characters as Big5 encodes them (plus Hong Kong forms outside it). */
function big5Hanzi(): Set<string> {
  const decoder = new TextDecoder('big5');
  const chars = new Set<string>('枱衞綫啓');
  const ranges: Array<[number, number]> = [
    [0xa4, 0xc6],
    [0xc9, 0xf9],
  ];
  for (const [from, to] of ranges) {
    for (let lead = from; lead <= to; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail > 0x7e && trail < 0xa1) continue;
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (char.length === 1 && char !== '\uFFFD') chars.add(char);
      }
    }
  }
  return chars;
}

describe('fee-directory texts', () => {
  it('has the same keys, all non-empty, in every language', () => {
    const reference = keysOf(resources['zh-CN']).sort();
    for (const locale of LOCALES) {
      const keys = keysOf(resources[locale]);
      expect(withoutSingulars(keys).sort()).toEqual(reference);
      for (const key of keys) {
        const value = key
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], resources[locale]);
        expect(typeof value === 'string' && value.trim().length > 0, `${locale} ${key}`).toBe(true);
      }
    }
    for (const singular of keysOf(resources.en).filter((key) => key.endsWith('_one'))) {
      expect(reference, singular).toContain(singular.replace(/_one$/, ''));
    }
  });

  it('writes zh-HK in traditional characters only', () => {
    const traditional = big5Hanzi();
    const text = JSON.stringify(resources['zh-HK']);
    const foreign = [...new Set([...text].filter((char) => /\p{Script=Han}/u.test(char) && !traditional.has(char)))];
    expect(foreign).toEqual([]);
  });

  it.each([
    ['categories', FEE_CATEGORIES],
    ['units', FEE_UNITS],
    ['pricingTypes', PRICING_TYPES],
    ['statuses', FEE_STATUSES],
    ['ports', PORT_IDS],
    ['conditions', FEE_CONDITIONS],
    ['directions', SHIPMENT_DIRECTIONS],
    ['historyKinds', FEE_HISTORY_KINDS],
    ['objectionStatuses', OBJECTION_STATUSES],
  ] as const)('names every value of %s that the contracts define', (group, values) => {
    for (const locale of LOCALES) {
      expect(Object.keys(resources[locale][group]).sort()).toEqual([...values].sort());
    }
  });
});
