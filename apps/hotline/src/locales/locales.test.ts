import { describe, expect, it } from 'vitest';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_OUTCOMES,
  COMPLAINT_STATUSES,
  COMPLAINT_TYPES,
  COMPLAINT_UNITS,
  CONTACT_PHONE_REGIONS,
  HOTLINE_CALLER_LOCATIONS,
  HOTLINE_LANGUAGES,
  LOCALES,
} from '@sw/contracts';
import { hotlineDefinition } from '../definition.ts';

const { resources } = hotlineDefinition;

/** Every leaf key, dotted, so the three languages can be compared shape for shape. */
function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

describe('hotline texts', () => {
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
    ['types', COMPLAINT_TYPES],
    ['categories', COMPLAINT_CATEGORIES],
    ['units', COMPLAINT_UNITS],
    ['statuses', COMPLAINT_STATUSES],
    ['outcomes', COMPLAINT_OUTCOMES],
    ['callerLocations', HOTLINE_CALLER_LOCATIONS],
    ['languages', HOTLINE_LANGUAGES],
    ['phoneRegions', CONTACT_PHONE_REGIONS],
  ] as const)('names every value of %s that the contracts define', (group, values) => {
    for (const locale of LOCALES) expect(Object.keys(resources[locale][group]).sort()).toEqual([...values].sort());
  });

  it('writes Traditional Chinese for Hong Kong, not Simplified', () => {
    const text = JSON.stringify(resources['zh-HK']);
    // Characters that exist only in Simplified Chinese and are common in these texts.
    for (const simplified of ['这', '个', '们', '时', '单', '务', '处', '电', '话', '请', '录', '查询进度']) {
      expect(text.includes(simplified), simplified).toBe(false);
    }
  });
});
