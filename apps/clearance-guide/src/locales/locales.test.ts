import { describe, expect, it } from 'vitest';
import {
  CARGO_CATEGORIES,
  CLEARANCE_DIRECTIONS,
  CLEARANCE_MODES,
  CLEARANCE_VARIANTS,
  COST_BASES,
  DRAFT_STATUSES,
  LOCALES,
  PORT_IDS,
  STEP_FIELDS,
  TRADER_TYPES,
} from '@sw/contracts';
import { clearanceGuideDefinition } from '../definition.ts';

const { resources } = clearanceGuideDefinition;

/** Every leaf key, dotted, so the three languages can be compared shape for shape. */
function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}
const at = (locale: (typeof LOCALES)[number], path: string) =>
  path.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], resources[locale]);

describe('clearance-guide texts', () => {
  it('has the same keys, all non-empty, in every language', () => {
    const reference = keysOf(resources['zh-CN']).sort();
    for (const locale of LOCALES) {
      expect(keysOf(resources[locale]).sort()).toEqual(reference);
      for (const key of reference) {
        const value = at(locale, key);
        expect(typeof value === 'string' && value.trim().length > 0, `${locale} ${key}`).toBe(true);
      }
    }
  });

  it.each([
    ['modes', CLEARANCE_MODES],
    ['directions', CLEARANCE_DIRECTIONS],
    ['variants', CLEARANCE_VARIANTS],
    ['cargo', CARGO_CATEGORIES],
    ['traderTypes', TRADER_TYPES],
    ['costBases', COST_BASES],
    ['ports', PORT_IDS],
    ['fields', STEP_FIELDS],
    ['drafts.statuses', DRAFT_STATUSES],
    ['wizard.variantHints', CLEARANCE_VARIANTS],
    ['wizard.unitsBy', CLEARANCE_MODES],
  ] as const)('names every value of %s that the contracts define', (group, values) => {
    for (const locale of LOCALES) {
      expect(Object.keys(at(locale, group) as object).sort()).toEqual([...values].sort());
    }
  });
});
