import { describe, expect, it } from 'vitest';
import { FEE_CATEGORIES, FEE_STATUSES, FEE_UNITS, LOCALES, PORT_IDS, PRICING_TYPES } from '@sw/contracts';
import { feeDirectoryDefinition } from '../definition.ts';

const { resources } = feeDirectoryDefinition;

/** Every leaf key, dotted, so the three languages can be compared shape for shape. */
function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

describe('fee-directory texts', () => {
  it('has the same keys, all non-empty, in every language', () => {
    const reference = keysOf(resources['zh-CN']).sort();
    for (const locale of LOCALES) {
      expect(keysOf(resources[locale]).sort()).toEqual(reference);
      for (const key of reference) {
        const value = key
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], resources[locale]);
        expect(typeof value === 'string' && value.trim().length > 0, `${locale} ${key}`).toBe(true);
      }
    }
  });

  it.each([
    ['categories', FEE_CATEGORIES],
    ['units', FEE_UNITS],
    ['pricingTypes', PRICING_TYPES],
    ['statuses', FEE_STATUSES],
    ['ports', PORT_IDS],
  ] as const)('names every value of %s that the contracts define', (group, values) => {
    for (const locale of LOCALES) {
      expect(Object.keys(resources[locale][group]).sort()).toEqual([...values].sort());
    }
  });
});
