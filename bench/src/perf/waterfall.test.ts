import { describe, expect, it } from 'vitest';
import { waterfallDepth } from './waterfall.ts';

const request = (sentAt: number, finishedAt?: number) => ({ sentAt, finishedAt });

describe('waterfallDepth', () => {
  it('counts requests that each had to wait for one before', () => {
    const page = request(0, 0.1);
    const script = request(0.11, 0.3);
    const style = request(0.11, 0.2); // beside the script: same level
    const manifest = request(0.31, 0.4);
    const remote = request(0.41, 0.6);
    const data = request(0.61, 0.9);
    expect(waterfallDepth([page, script, style, manifest, remote, data])).toBe(5);
  });

  it('is one for requests sent together, and counts what never finished at its level', () => {
    expect(waterfallDepth([request(0, 0.5), request(0, 0.4), request(0.01)])).toBe(1);
    expect(waterfallDepth([request(0, 0.1), request(0.2)])).toBe(2);
    expect(waterfallDepth([])).toBe(0);
  });
});
