import { describe, expect, it } from 'vitest';
import en from './en.json';
import zhCN from './zh-CN.json';
import zhHK from './zh-HK.json';

function keys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    child && typeof child === 'object' ? keys(child as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('the texts', () => {
  it('have the same keys in all three languages (English plural forms aside)', () => {
    const base = keys(zhCN).sort();
    expect(keys(zhHK).sort()).toEqual(base);
    expect(
      keys(en)
        .filter((k) => !k.endsWith('_one'))
        .sort(),
    ).toEqual(base);
  });

  it('are Traditional Chinese in zh-HK (no common Simplified-only characters)', () => {
    const text = JSON.stringify(zhHK);
    expect(text).not.toMatch(/[发级览务访问检将线们获这么实验证块权户]/);
  });
});
