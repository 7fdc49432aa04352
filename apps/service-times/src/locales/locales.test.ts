import { describe, expect, it } from 'vitest';
import {
  CLOCK_START_EVENTS,
  COVERAGE_STATUSES,
  LOCALES,
  SERVICE_OPERATIONS,
  STANDARD_STATUSES,
  TIME_UNITS,
} from '@sw/contracts';
import { TERMINALS } from '@sw/mocks/data';
import { serviceTimesDefinition } from '../definition.ts';

const { resources } = serviceTimesDefinition;

/** Every leaf key, dotted; English plural forms (`_one`) are extra keys the Chinese texts do not need. */
function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}
const withoutPlurals = (keys: string[]) => [...new Set(keys.map((key) => key.replace(/_(one|other)$/, '')))].sort();
const valueAt = (locale: (typeof LOCALES)[number], key: string) =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], resources[locale]);

describe('service-times texts', () => {
  it('has the same keys, all non-empty, in every language', () => {
    const reference = withoutPlurals(keysOf(resources['zh-CN']));
    for (const locale of LOCALES) {
      expect(withoutPlurals(keysOf(resources[locale]))).toEqual(reference);
      for (const key of keysOf(resources[locale])) {
        const value = valueAt(locale, key);
        expect(typeof value === 'string' && value.trim().length > 0, `${locale} ${key}`).toBe(true);
      }
    }
  });

  it('keeps the same placeholders in every language', () => {
    const placeholders = (text: unknown) => [...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const key of keysOf(resources.en)) {
      const base = key.replace(/_one$/, '');
      for (const locale of LOCALES) {
        const value = valueAt(locale, key) ?? valueAt(locale, base);
        // A singular form may say "1" instead of {{count}}.
        const expected = placeholders(valueAt('en', base)).filter((p) => !(key.endsWith('_one') && p === 'count'));
        expect(
          placeholders(value).filter((p) => !(key.endsWith('_one') && p === 'count')),
          `${locale} ${key}`,
        ).toEqual(expected);
      }
    }
  });

  it.each([
    ['operations', SERVICE_OPERATIONS],
    ['clockStarts', CLOCK_START_EVENTS],
    ['units', TIME_UNITS],
    ['statuses', STANDARD_STATUSES],
    ['coverageStatuses', COVERAGE_STATUSES],
    ['languages', LOCALES],
  ] as const)('names every value of %s that the contracts define', (group, values) => {
    for (const locale of LOCALES) expect(Object.keys(resources[locale][group]).sort()).toEqual([...values].sort());
  });

  it('names the port of every terminal', () => {
    for (const locale of LOCALES) {
      for (const terminal of TERMINALS) expect(resources[locale].ports).toHaveProperty(terminal.port);
    }
  });
});
