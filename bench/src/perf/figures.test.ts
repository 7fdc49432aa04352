import { describe, expect, it } from 'vitest';
import { median, medianLoad, verdict } from './figures.ts';

const load = (jsBytes: number, mainContentMs: number) => ({ jsBytes, requests: 10, depth: 3, mainContentMs });

describe('figures', () => {
  it('takes each figure’s median over repeated loads', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(medianLoad([load(100, 900), load(300, 1000), load(200, 5000)])).toEqual(load(200, 1000));
  });

  it('holds the suite to 1.15× the bytes and 1.2× the time of the monolith, ignoring near-empty warm loads', () => {
    const compare = (suite: ReturnType<typeof load>, monolith: ReturnType<typeof load>) =>
      verdict({ path: '/fees', label: 'fees', cache: 'cold', suite, monolith });
    expect(compare(load(114_000, 1200), load(100_000, 1000))).toEqual({ bytes: true, time: true });
    expect(compare(load(116_000, 1201), load(100_000, 1000))).toEqual({ bytes: false, time: false });
    expect(compare(load(900, 800), load(0, 1000))).toEqual({ bytes: true, time: true });
  });
});
