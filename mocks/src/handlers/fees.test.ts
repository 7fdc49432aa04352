import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  PORT_IDS,
  PROBLEM_CONTENT_TYPE,
  feeIndicativeAmount,
  feeItemSchema,
  feeListResponseSchema,
  portSchema,
  problemSchema,
  type FeeItem,
} from '@sw/contracts';
import { FEES, FEES_AS_OF } from '../data/fees.ts';
import { ORGANISATIONS } from '../data/organisations.ts';
import { handlers } from '../index.ts';
import { createMockServer, handleWithMocks } from '../node.ts';
import { createFeeHandlers, localeFromAcceptLanguage, parseFeeQueryStrict } from './fees.ts';

const server = setupServer(...handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const ORIGIN = 'http://localhost:5173';

async function list(query: string, init?: RequestInit) {
  const response = await fetch(`${ORIGIN}/api/fees${query}`, init);
  expect(response.status).toBe(200);
  return feeListResponseSchema.parse(await response.json());
}

const ids = (items: FeeItem[]) => items.map((item) => item.id);
const where = (predicate: (item: FeeItem) => boolean) => ids(FEES.filter(predicate));

async function expectProblem(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe(PROBLEM_CONTENT_TYPE);
  const problem = problemSchema.parse(await response.json());
  expect(problem).toMatchObject({ status, code, type: 'about:blank' });
  expect(problem.title).not.toBe('');
  return problem;
}

describe('GET /api/fees', () => {
  it('returns the whole catalogue, every status included, with total and asOf', async () => {
    const body = await list('');
    expect(ids(body.items)).toEqual(ids(FEES));
    expect(body.total).toBe(FEES.length);
    expect(body.asOf).toBe(FEES_AS_OF);
    expect(new Set(body.items.map((item) => item.status))).toEqual(
      new Set(['effective', 'publicised', 'suspended', 'abolished', 'withdrawn']),
    );
  });

  it('filters by port and category together', async () => {
    const body = await list('?port=yantian&category=storage');
    const expected = where((item) => item.ports.includes('yantian') && item.category === 'storage');
    expect(expected.length).toBeGreaterThan(1);
    expect(ids(body.items)).toEqual(expected);
    expect(body.total).toBe(expected.length);
  });

  it('combines port, pricing type and status, with lists meaning "any of"', async () => {
    const body = await list('?port=shekou,chiwan&pricingType=government-set,government-guided&status=effective');
    const expected = where(
      (item) =>
        (item.ports.includes('shekou') || item.ports.includes('chiwan')) &&
        item.pricingType !== 'market-regulated' &&
        item.status === 'effective',
    );
    expect(expected.length).toBeGreaterThan(2);
    expect(ids(body.items)).toEqual(expected);
    // Each filter narrows the result.
    const withoutStatus = await list('?port=shekou,chiwan&pricingType=government-set,government-guided');
    expect(withoutStatus.total).toBeGreaterThan(body.total);
  });

  it('filters by status, unit and charging body', async () => {
    expect(ids((await list('?status=publicised')).items)).toEqual(where((item) => item.status === 'publicised'));
    expect(ids((await list('?unit=container-day&chargingBody=yict')).items)).toEqual(
      where((item) => item.unit === 'container-day' && item.chargingBody.id === 'yict'),
    );
    // Repeated parameters are read like a comma-separated list.
    expect(ids((await list('?category=pilotage&category=tugboat')).items)).toEqual(
      where((item) => item.category === 'pilotage' || item.category === 'tugboat'),
    );
  });

  it('searches simplified Chinese, traditional Chinese and English text', async () => {
    const unstuffing = ['fee-unstuffing-yantian-20', 'fee-unstuffing-yantian-40'];
    // 掏箱 only occurs in zh-CN, 拆櫃 only in zh-HK, "unstuffing" only in English.
    expect(ids((await list(`?q=${encodeURIComponent('掏箱费')}`)).items)).toEqual(unstuffing);
    expect(ids((await list(`?q=${encodeURIComponent('拆櫃費')}`)).items)).toEqual(unstuffing);
    expect(ids((await list('?q=Unstuffing%20(20')).items)).toEqual(['fee-unstuffing-yantian-20']);

    const yantianCN = await list(`?q=${encodeURIComponent('盐田国际')}`);
    const yantianHK = await list(`?q=${encodeURIComponent('鹽田國際')}`);
    expect(yantianCN.total).toBeGreaterThan(5);
    expect(ids(yantianHK.items)).toEqual(ids(yantianCN.items));
    expect(ids(yantianCN.items)).toEqual(where((item) => item.chargingBody.id === 'yict'));
  });

  it('searches case- and width-insensitively and combines q with filters', async () => {
    const fumigation = ['fee-fumigation-20', 'fee-fumigation-40'];
    expect(ids((await list('?q=FUMIGATION')).items)).toEqual(fumigation);
    expect(ids((await list(`?q=${encodeURIComponent('ｆｕｍｉｇａｔｉｏｎ')}`)).items)).toEqual(fumigation);
    expect(ids((await list('?q=fumigation&unit=feu40')).items)).toEqual(['fee-fumigation-40']);
    expect((await list('?q=fumigation&port=huanggang')).total).toBe(0);
  });

  it('sorts by amount in both directions with unpriced items last', async () => {
    for (const order of ['asc', 'desc'] as const) {
      const body = await list(`?category=pilotage,port-dues,security&sort=amount&order=${order}`);
      const amounts = body.items.map(feeIndicativeAmount);
      const priced = amounts.filter((a) => a !== undefined);
      expect(priced.length).toBeGreaterThan(2);
      expect(amounts.slice(0, priced.length)).toEqual(priced);
      expect(amounts.slice(priced.length).every((a) => a === undefined)).toBe(true);
      expect(amounts.slice(priced.length).length).toBeGreaterThan(0);
      expect(priced).toEqual([...priced].sort((a, b) => (order === 'asc' ? a - b : b - a)));
    }
  });

  it('sorts names in the language of Accept-Language', async () => {
    const body = await list('?category=documentation&sort=name', { headers: { 'Accept-Language': 'en-GB,en;q=0.8' } });
    const names = body.items.map((item) => item.name.en);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(names[0]).toBe('Air waybill preparation');
  });

  it('answers on any origin', async () => {
    const one = await fetch('https://www.singlewindow.gd.cn/api/fees/fee-pilotage-yantian');
    expect(feeItemSchema.parse(await one.json()).id).toBe('fee-pilotage-yantian');
    const pilotage = await fetch('https://portal.example/api/fees?category=pilotage&status=effective');
    expect(feeListResponseSchema.parse(await pilotage.json()).total).toBe(3);
  });

  it('rejects invalid values with a 400 validation problem naming each one', async () => {
    const response = await fetch(
      `${ORIGIN}/api/fees?port=yantian,atlantis&status=effective,bogus&sort=price&order=up&q=x`,
    );
    const problem = await expectProblem(response, 400, 'validation.failed');
    expect(problem.instance).toBe('/api/fees');
    expect(problem.errors?.map((e) => e.path).sort()).toEqual(['order', 'port', 'sort', 'status']);
    const byPath = Object.fromEntries(problem.errors!.map((e) => [e.path, e.message]));
    expect(byPath.port).toContain('"atlantis" is not one of:');
    expect(byPath.port).toContain('shekou');
    expect(byPath.status).toContain('"bogus"');
    expect(byPath.sort).toContain('"price"');
  });

  it('rejects a search text over 100 characters', async () => {
    const problem = await expectProblem(
      await fetch(`${ORIGIN}/api/fees?q=${'a'.repeat(101)}`),
      400,
      'validation.failed',
    );
    expect(problem.errors).toHaveLength(1);
    expect(problem.errors?.[0]?.path).toBe('q');
  });
});

describe('GET /api/fees/:id', () => {
  it('returns one item', async () => {
    const response = await fetch(`${ORIGIN}/api/fees/fee-pilotage-yantian`);
    expect(response.status).toBe(200);
    const item = feeItemSchema.parse(await response.json());
    expect(item).toEqual(FEES.find((fee) => fee.id === 'fee-pilotage-yantian'));
  });

  it('answers an unknown id with a 404 problem', async () => {
    const problem = await expectProblem(await fetch(`${ORIGIN}/api/fees/fee-unknown`), 404, 'fee.not_found');
    expect(problem.title).toBe('Not Found');
    expect(problem.detail).toContain('fee-unknown');
    expect(problem.instance).toBe('/api/fees/fee-unknown');
  });
});

describe('GET /api/ports and /api/organisations', () => {
  it('lists the ports', async () => {
    const ports = portSchema.array().parse(await (await fetch(`${ORIGIN}/api/ports`)).json());
    expect(ports.map((p) => p.id)).toEqual([...PORT_IDS]);
  });

  it('lists the organisations', async () => {
    const organisations = (await (await fetch(`${ORIGIN}/api/organisations`)).json()) as unknown[];
    expect(organisations).toEqual(ORGANISATIONS);
  });
});

describe('options and Node helpers', () => {
  it('serves another base path and data set', async () => {
    const one = FEES.slice(0, 2);
    server.use(...createFeeHandlers({ baseUrl: 'https://api.example/v1/', fees: one, asOf: '2030-01-01T00:00:00Z' }));
    const body = feeListResponseSchema.parse(await (await fetch('https://api.example/v1/fees')).json());
    expect(ids(body.items)).toEqual(ids(one));
    expect(body.asOf).toBe('2030-01-01T00:00:00Z');
  });

  it('handleWithMocks answers /api requests and leaves others alone', async () => {
    const response = await handleWithMocks(new Request('http://127.0.0.1:4173/api/fees?category=berthing'));
    expect(response?.status).toBe(200);
    expect(ids(feeListResponseSchema.parse(await response!.json()).items)).toEqual(
      where((item) => item.category === 'berthing'),
    );
    const missing = await handleWithMocks(new Request('http://127.0.0.1:4173/api/fees/nope'));
    expect(missing?.status).toBe(404);
    expect(await handleWithMocks(new Request('http://127.0.0.1:4173/index.html'))).toBeUndefined();
    expect(await handleWithMocks(new Request('http://127.0.0.1:4173/api/fees', { method: 'PUT' }))).toBeUndefined();
  });

  it('createMockServer puts extra handlers first', async () => {
    server.close();
    const other = createMockServer(http.get('*/api/ports', () => HttpResponse.json([], { status: 503 })));
    other.listen({ onUnhandledRequest: 'error' });
    try {
      expect((await fetch(`${ORIGIN}/api/ports`)).status).toBe(503);
      expect((await fetch(`${ORIGIN}/api/organisations`)).status).toBe(200);
    } finally {
      other.close();
      server.listen({ onUnhandledRequest: 'error' });
    }
  });
});

describe('parseFeeQueryStrict and localeFromAcceptLanguage', () => {
  it('keeps valid queries as parsed values', () => {
    expect(parseFeeQueryStrict(new URLSearchParams('q=%20引航%20&port=yantian,,shekou&sort=amount'))).toEqual({
      ok: true,
      query: { q: '引航', port: ['yantian', 'shekou'], sort: 'amount' },
    });
  });

  it('maps Accept-Language to a suite locale', () => {
    expect(localeFromAcceptLanguage('zh-TW,zh;q=0.9')).toBe('zh-HK');
    expect(localeFromAcceptLanguage('zh-Hant-HK')).toBe('zh-HK');
    expect(localeFromAcceptLanguage('fr-FR, en-US;q=0.5')).toBe('en');
    expect(localeFromAcceptLanguage('zh')).toBe('zh-CN');
    expect(localeFromAcceptLanguage(null)).toBe('zh-CN');
    expect(localeFromAcceptLanguage('de')).toBe('zh-CN');
  });
});
