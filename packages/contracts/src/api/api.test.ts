import { describe, expect, it } from 'vitest';
import { API_ERROR_CODES, PROBLEM_TITLES, createProblem } from './errors.ts';
import { FEE_STATUS_TRANSITIONS, feeCreateRequestSchema, feeUpdateRequestSchema, parseFeeListParams } from './fees.ts';
import { localeFromAcceptLanguage } from './http.ts';
import { FEE_STATUSES } from '../fees/schema.ts';

describe('parseFeeListParams', () => {
  it('reads lists (comma-separated or repeated), scalars and paging', () => {
    expect(
      parseFeeListParams(
        new URLSearchParams('q=%20引航%20&port=yantian,,shekou&port=chiwan&sort=amount&limit=20&offset=40'),
      ),
    ).toEqual({
      ok: true,
      query: { q: '引航', port: ['yantian', 'shekou', 'chiwan'], sort: 'amount' },
      page: { limit: 20, offset: 40 },
    });
    expect(parseFeeListParams(new URLSearchParams(''))).toEqual({ ok: true, query: {}, page: {} });
  });

  it('names every bad value, paging included, with the parameter as path', () => {
    const result = parseFeeListParams(new URLSearchParams('status=bogus&limit=0&offset=x&order=up'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path).sort()).toEqual(['limit', 'offset', 'order', 'status']);
    expect(result.errors.find((e) => e.path === 'status')?.message).toContain('"bogus" is not one of:');
    expect(parseFeeListParams(new URLSearchParams('limit=501')).ok).toBe(false);
  });
});

describe('fee write bodies', () => {
  it('a create body refuses a status and unknown fields, and defaults demo to false', () => {
    const base = {
      code: 'X-1',
      name: { 'zh-CN': '费', 'zh-HK': '費', en: 'Fee' },
      category: 'storage',
      service: { 'zh-CN': '服务', 'zh-HK': '服務', en: 'Service' },
      standard: { kind: 'fixed', amount: 1, currency: 'CNY' },
      unit: 'container',
      pricingType: 'market-regulated',
      legalBasis: { title: { 'zh-CN': '法', 'zh-HK': '法', en: 'Law' } },
      payment: { 'zh-CN': '现付', 'zh-HK': '現付', en: 'Cash' },
      ports: ['yantian'],
      effectiveFrom: '2027-01-01',
    };
    expect(feeCreateRequestSchema.parse(base).demo).toBe(false);
    expect(feeCreateRequestSchema.safeParse({ ...base, status: 'effective' }).success).toBe(false);
    expect(feeCreateRequestSchema.safeParse({ ...base, id: 'Bad Id' }).success).toBe(false);
  });

  it('an update body must change something', () => {
    expect(feeUpdateRequestSchema.safeParse({}).success).toBe(false);
    expect(feeUpdateRequestSchema.safeParse({ status: 'suspended' }).success).toBe(true);
  });

  it('abolished is final and every status has its transitions', () => {
    expect(Object.keys(FEE_STATUS_TRANSITIONS).sort()).toEqual([...FEE_STATUSES].sort());
    expect(FEE_STATUS_TRANSITIONS.abolished).toEqual([]);
    expect(FEE_STATUS_TRANSITIONS.publicised).toContain('effective');
  });
});

describe('problems and headers', () => {
  it('every error code has a status with a title', () => {
    for (const [code, status] of Object.entries(API_ERROR_CODES)) {
      expect(PROBLEM_TITLES[status], code).toBeTruthy();
      expect(code).toMatch(/^[a-z_]+(\.[a-z_]+)?$/);
    }
    expect(createProblem({ status: 404, code: 'fee.not_found' })).toEqual({
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      code: 'fee.not_found',
    });
  });

  it('maps Accept-Language to a suite locale', () => {
    expect(localeFromAcceptLanguage('zh-TW,zh;q=0.9')).toBe('zh-HK');
    expect(localeFromAcceptLanguage('en-GB,en;q=0.8')).toBe('en');
    expect(localeFromAcceptLanguage(undefined)).toBe('zh-CN');
  });
});
