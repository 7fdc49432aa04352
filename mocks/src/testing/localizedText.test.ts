import { describe, expect, it } from 'vitest';
import { languageProblems, localizedTextsIn } from './localizedText.ts';

describe('languageProblems', () => {
  it('tells simplified from traditional characters', () => {
    expect(languageProblems('x', { 'zh-CN': '码头', 'zh-HK': '碼頭', en: 'terminal' })).toEqual([]);
    expect(languageProblems('x', { 'zh-CN': '码头', 'zh-HK': '码头', en: 'terminal' })).toEqual([
      'x zh-HK has non-traditional characters 码头',
      'x zh-HK is a copy of zh-CN (码头 need traditional forms)',
    ]);
    expect(languageProblems('x', { 'zh-CN': '碼頭', 'zh-HK': '碼頭', en: '码头' })).toEqual([
      'x zh-CN has non-simplified characters 碼頭',
      'x en contains Chinese: 码头',
    ]);
    // Characters that are the same in both scripts need no change.
    expect(
      languageProblems('x', { 'zh-CN': '深圳引航站', 'zh-HK': '深圳引航站', en: 'Shenzhen Pilot Station' }),
    ).toEqual([]);
  });
});

describe('localizedTextsIn', () => {
  it('finds every text in three languages inside a record, with its path', () => {
    const name = { 'zh-CN': '码头', 'zh-HK': '碼頭', en: 'terminal' };
    const note = { 'zh-CN': '备注', 'zh-HK': '備註', en: 'note' };
    expect(localizedTextsIn({ id: 'x', name, steps: [{ note, days: 2 }] })).toEqual([
      ['name', name],
      ['steps.0.note', note],
    ]);
  });
});
