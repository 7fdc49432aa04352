import { describe, expect, it } from 'vitest';
import { matchLocale, negotiateLocale } from './negotiate.ts';

describe('negotiateLocale', () => {
  it('defaults to Simplified Chinese when nothing is known', () => {
    expect(negotiateLocale({})).toBe('zh-CN');
  });

  it('lets ?lang= win over a stored choice and the browser', () => {
    expect(negotiateLocale({ query: 'en', stored: 'zh-HK', preferred: ['zh-CN'] })).toBe('en');
  });

  it('uses the stored choice before the browser preference', () => {
    expect(negotiateLocale({ stored: 'zh-HK', preferred: ['en-US'] })).toBe('zh-HK');
  });

  it('ignores unsupported values and falls through to the next signal', () => {
    expect(negotiateLocale({ query: 'fr', stored: 'de', preferred: ['ja', 'en-GB'] })).toBe('en');
  });

  it.each([
    ['zh-TW', 'zh-HK'],
    ['zh-Hant-HK', 'zh-HK'],
    ['zh-MO', 'zh-HK'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['EN-us', 'en'],
    ['ZH-hk', 'zh-HK'],
  ])('maps %s to %s', (tag, expected) => {
    expect(matchLocale(tag)).toBe(expected);
  });
});
