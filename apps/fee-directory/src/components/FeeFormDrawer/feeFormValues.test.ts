import { describe, expect, it } from 'vitest';
import { FEES } from '@sw/mocks';
import { createRequest, fieldNameOf, updateRequest, valuesFromItem } from './feeFormValues.ts';

const thc = FEES.find((fee) => fee.id === 'fee-thc-yantian-20')!;

describe('fee form values', () => {
  it('send only what changed, with the note for the history', () => {
    const values = valuesFromItem(thc);
    expect(updateRequest(thc, values)).toBeUndefined();
    expect(updateRequest(thc, { ...values, amount: 800, note: ' cheaper from today ' })).toEqual({
      standard: { kind: 'fixed', amount: 800, currency: 'CNY' },
      note: 'cheaper from today',
    });
    expect(updateRequest(thc, { ...values, amount: 900, effectiveFrom: '2027-02-01' })).toEqual({
      standard: { kind: 'fixed', amount: 900, currency: 'CNY' },
      effectiveFrom: '2027-02-01',
    });
  });

  it('build a create request with trimmed texts and a rule', () => {
    const values = {
      ...valuesFromItem(thc),
      code: ' NEW-1 ',
      standardKind: 'formula' as const,
      formula: { 'zh-CN': ' 每箱 ', 'zh-HK': '每櫃', en: 'per box' },
      amount: null,
      chargingBodyId: 'yict',
    };
    expect(createRequest(values)).toMatchObject({
      code: 'NEW-1',
      standard: { kind: 'formula', formula: { 'zh-CN': '每箱' }, currency: 'CNY' },
      chargingBodyId: 'yict',
    });
  });

  it('map API error paths to form fields', () => {
    expect(fieldNameOf('name.en')).toEqual(['name', 'en']);
    expect(fieldNameOf('standard.amount')).toEqual(['amount']);
    expect(fieldNameOf('standard.formula.zh-HK')).toEqual(['formula', 'zh-HK']);
    expect(fieldNameOf('ports.2')).toEqual(['ports']);
    expect(fieldNameOf('appliesTo.condition')).toEqual(['condition']);
  });
});
