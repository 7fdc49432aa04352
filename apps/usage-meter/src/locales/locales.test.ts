import { describe, expect, it } from 'vitest';
import { LOCALES, USAGE_BUSINESSES, USAGE_IMPORT_ERROR_CODES, USAGE_MODES } from '@sw/contracts';
import { usageMeterDefinition } from '../definition.ts';

const { resources } = usageMeterDefinition;

/** Every leaf key, dotted; English-only plural forms (`_one`) are left out of the comparison. */
function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}
const comparable = (keys: string[]) => keys.filter((key) => !key.endsWith('_one')).sort();

describe('usage-meter texts', () => {
  it('has the same keys, all non-empty, in every language', () => {
    const reference = comparable(keysOf(resources['zh-CN']));
    for (const locale of LOCALES) {
      expect(comparable(keysOf(resources[locale]))).toEqual(reference);
      for (const key of keysOf(resources[locale])) {
        const value = key
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], resources[locale]);
        expect(typeof value === 'string' && value.trim().length > 0, `${locale} ${key}`).toBe(true);
      }
    }
  });

  it('names every business, kind of port and upload error the contracts define', () => {
    for (const locale of LOCALES) {
      expect(Object.keys(resources[locale].businesses).sort()).toEqual([...USAGE_BUSINESSES].sort());
      expect(Object.keys(resources[locale].modes).sort()).toEqual([...USAGE_MODES].sort());
      expect(Object.keys(resources[locale].uploadErrors).sort()).toEqual(
        USAGE_IMPORT_ERROR_CODES.map((code) => code.replace('usage.', '')).sort(),
      );
    }
  });

  it('writes Traditional Chinese in the zh-HK texts', () => {
    const text = JSON.stringify(resources['zh-HK']);
    for (const simplified of [
      '货',
      '舱',
      '单',
      '运',
      '输',
      '报',
      '数',
      '据',
      '来',
      '时',
      '间',
      '进',
      '关',
      '预',
      '测',
      '实',
      '际',
      '录',
      '条',
    ]) {
      expect(text, simplified).not.toContain(simplified);
    }
  });
});
