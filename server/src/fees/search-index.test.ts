import { describe, expect, it } from 'vitest';
import {
  FEE_CATEGORIES,
  FEE_SORT_KEYS,
  FEE_STATUSES,
  FEE_UNITS,
  LOCALES,
  PORT_IDS,
  PRICING_TYPES,
  createFeeSearchIndex,
  type FeeItem,
  type FeeQuery,
} from '@sw/contracts';
import { random, syntheticSeedData } from '../../bench/synthetic.ts';
import { FeeSearchIndex } from './search-index.ts';

/** Random queries like a person would type: pieces of real texts, a few filters, a sort. */
function queries(items: readonly FeeItem[], count: number, seed: number): FeeQuery[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const some = <T>(list: readonly T[]): T[] =>
    [...new Set([pick(list), pick(list)])].slice(0, 1 + Math.floor(next() * 2));
  const out: FeeQuery[] = [];
  for (let i = 0; i < count; i++) {
    const item = pick(items);
    const query: FeeQuery = {};
    if (next() < 0.7) {
      const text = pick([
        item.code,
        item.name[pick(LOCALES)],
        item.chargingBody.name[pick(LOCALES)],
        item.service[pick(LOCALES)],
      ]);
      const length = 1 + Math.floor(next() * 6);
      const start = Math.floor(next() * Math.max(1, text.length - length));
      const piece = text.slice(start, start + length);
      query.q = next() < 0.2 ? piece.toUpperCase() : piece;
    }
    if (next() < 0.3) query.port = some(PORT_IDS);
    if (next() < 0.3) query.category = some(FEE_CATEGORIES);
    if (next() < 0.2) query.status = some(FEE_STATUSES);
    if (next() < 0.1) query.unit = some(FEE_UNITS);
    if (next() < 0.1) query.pricingType = some(PRICING_TYPES);
    if (next() < 0.1) query.chargingBody = [item.chargingBody.id];
    if (next() < 0.5) {
      query.sort = pick(FEE_SORT_KEYS);
      if (next() < 0.5) query.order = 'desc';
    }
    out.push(query);
  }
  return out;
}

/** Compares every answer; resolves to how many were not empty (so the comparison is not vacuous). */
function expectSameAnswers(index: FeeSearchIndex, items: readonly FeeItem[], list: FeeQuery[]): number {
  const reference = createFeeSearchIndex(items);
  let found = 0;
  for (const query of list) {
    for (const locale of LOCALES) {
      if (locale !== 'zh-CN' && query.sort !== 'name' && query.sort !== 'code') continue;
      const ours = index.search(query, locale).map((slot) => index.all()[slot]!.id);
      const theirs = reference.search(query, locale).map((item) => item.id);
      expect({ query, locale, ids: ours }).toEqual({ query, locale, ids: theirs });
      if (theirs.length) found++;
    }
  }
  return found;
}

describe('FeeSearchIndex', () => {
  const { fees } = syntheticSeedData(3000, 7);

  it('finds and orders exactly what the contracts search finds', () => {
    const index = new FeeSearchIndex(fees);
    const list = queries(fees, 400, 11);
    expect(expectSameAnswers(index, fees, list)).toBeGreaterThan(list.length / 2);
  });

  it('edge needles: separators, one character, nothing, spaces only, full width', () => {
    const index = new FeeSearchIndex(fees);
    expectSameAnswers(index, fees, [
      { q: '\u0001' },
      { q: `${fees[0]!.code}\u0001` },
      { q: '费' },
      { q: 'zzzzqqq' },
      { q: '\u3000' },
      { q: 'ＴＨＣ' },
      {},
      { sort: 'amount', order: 'desc' },
    ]);
  });

  it('stays right after items are changed in place and appended', () => {
    const items = fees.slice(0, 800).map((item) => ({ ...item }));
    const index = new FeeSearchIndex(items);
    index.search({ sort: 'name' }, 'en'); // ranks computed before the changes must be dropped
    const next = random(5);
    for (let i = 0; i < 100; i++) {
      const slot = Math.floor(next() * items.length);
      const changed: FeeItem = {
        ...items[slot]!,
        code: `CHANGED-${i}`,
        name: { 'zh-CN': `改名${i}`, 'zh-HK': `改名${i}`, en: `Renamed ${i}` },
        status: 'suspended',
      };
      items[slot] = changed;
      index.upsert(changed);
    }
    for (let i = 0; i < 50; i++) {
      const added: FeeItem = { ...fees[1000 + i]!, id: `added-${i}`, code: `ADDED-${i}` };
      items.push(added);
      index.upsert(added);
    }
    expect(index.size).toBe(850);
    expectSameAnswers(index, items, [
      ...queries(items, 200, 3),
      { q: 'CHANGED' },
      { q: '改名' },
      { q: 'renamed1', sort: 'name' },
      { q: 'ADDED' },
      { q: fees[0]!.code },
    ]);
    expect(JSON.parse(index.itemJson(index.slotOf('added-3')!))).toEqual(items.at(-47));
  });
});
