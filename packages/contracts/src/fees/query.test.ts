import { describe, expect, it } from 'vitest';
import type { LocalizedText } from '../locale.ts';
import {
  createFeeSearchIndex,
  feeIndicativeAmount,
  feeQueryFromSearchParams,
  feeQueryToSearchParams,
  normaliseSearchText,
  sortFees,
  type FeeQuery,
} from './query.ts';
import { feeItemSchema, type FeeItem, type FeeStandard } from './schema.ts';

const t = (zhCN: string, zhHK: string, en: string): LocalizedText => ({ 'zh-CN': zhCN, 'zh-HK': zhHK, en });
const fixed = (amount: number): FeeStandard => ({ kind: 'fixed', amount, currency: 'CNY' });
const formula = (indicativeAmount?: number): FeeStandard =>
  indicativeAmount === undefined
    ? { kind: 'formula', formula: t('按规定', '按規定', 'as set'), currency: 'CNY' }
    : { kind: 'formula', formula: t('按规定', '按規定', 'as set'), indicativeAmount, currency: 'CNY' };

const PILOT = { id: 'pilot', name: t('深圳引航站', '深圳引航站', 'Shenzhen Pilot Station') };
const SCT = { id: 'sct', name: t('蛇口集装箱码头', '蛇口集裝箱碼頭', 'Shekou Container Terminals') };
const YICT = {
  id: 'yict',
  name: t('盐田国际集装箱码头', '鹽田國際集裝箱碼頭', 'Yantian International Container Terminals'),
};
const TREATMENT = { id: 'treat', name: t('检疫处理公司', '檢疫處理公司', 'Quarantine Treatment Co.') };

function item(overrides: Partial<FeeItem> & Pick<FeeItem, 'id' | 'code' | 'name'>): FeeItem {
  return feeItemSchema.parse({
    chargingBody: YICT,
    category: 'terminal-handling',
    service: t('服务', '服務', 'service'),
    standard: fixed(1),
    unit: 'container',
    pricingType: 'market-regulated',
    legalBasis: { title: t('价格法', '價格法', 'Price Law') },
    payment: t('现付', '現付', 'cash'),
    ports: ['yantian'],
    effectiveFrom: '2024-01-01',
    status: 'effective',
    demo: true,
    ...overrides,
  });
}

const PILOTAGE = item({
  id: 'pilotage',
  code: 'PI-001',
  name: t('引航费', '引航費', 'Pilotage'),
  chargingBody: PILOT,
  category: 'pilotage',
  service: t('引领船舶进出港', '引領船舶進出港', 'Conducting ships in and out of port'),
  standard: formula(41650),
  unit: 'trip',
  pricingType: 'government-set',
  effectiveFrom: '2022-04-01',
});
const THC = item({
  id: 'thc',
  code: 'TH-003',
  name: t('码头作业费', '碼頭作業費', 'Terminal handling charge'),
  chargingBody: SCT,
  standard: fixed(790),
  unit: 'teu20',
  ports: ['shekou'],
  effectiveFrom: '2025-01-01',
});
const FUMIGATION = item({
  id: 'fumigation',
  code: 'QT-001',
  name: t('熏蒸处理费', '熏蒸處理費', 'Fumigation'),
  chargingBody: TREATMENT,
  category: 'quarantine-treatment',
  standard: fixed(0),
  unit: 'teu20',
  ports: ['yantian', 'shekou'],
  status: 'publicised',
  effectiveFrom: '2027-01-01',
});
const SECURITY = item({
  id: 'security',
  code: 'SE-002',
  name: t('港口设施保安子项', '港口設施保安子項', 'Port facility security sub-item'),
  category: 'security',
  standard: formula(),
  unit: 'teu20',
  effectiveFrom: '2022-04-01',
});
const CONSTRUCTION = item({
  id: 'construction',
  code: 'PC-001',
  name: t('港口建设费', '港口建設費', 'Port construction fee'),
  chargingBody: { id: 'msa', name: t('深圳海事局', '深圳海事局', 'Shenzhen MSA') },
  category: 'port-construction',
  standard: formula(),
  unit: 'ton',
  pricingType: 'government-set',
  ports: ['yantian', 'shekou', 'chiwan'],
  status: 'abolished',
  effectiveFrom: '2021-01-01',
});
const STORAGE = item({
  id: 'storage',
  code: 'ST-001',
  name: t('进口重箱堆存费', '進口重櫃堆存費', 'Storage of import laden containers'),
  category: 'storage',
  standard: formula(20),
  unit: 'container-day',
  effectiveFrom: '2025-01-01',
});

const ITEMS = [PILOTAGE, THC, FUMIGATION, SECURITY, CONSTRUCTION, STORAGE];
const index = createFeeSearchIndex(ITEMS);
const search = (query: FeeQuery, locale?: 'zh-CN' | 'zh-HK' | 'en') => index.search(query, locale).map((i) => i.id);

describe('normaliseSearchText', () => {
  it('folds case, full-width forms and every kind of space', () => {
    expect(normaliseSearchText('Port  Dues')).toBe('portdues');
    expect(normaliseSearchText('ＴＨＣ　２０')).toBe('thc20');
    expect(normaliseSearchText('码　头\t作业')).toBe('码头作业');
  });
});

describe('createFeeSearchIndex', () => {
  it('finds items by simplified Chinese, traditional Chinese and English text', () => {
    expect(search({ q: '码头作业' })).toEqual(['thc']);
    expect(search({ q: '碼頭作業' })).toEqual(['thc']);
    expect(search({ q: 'terminal handling' })).toEqual(['thc']);
    // Charging body and service text are searched too, in every language.
    expect(search({ q: '鹽田國際' })).toEqual(['security', 'storage']);
    expect(search({ q: '引領船舶' })).toEqual(['pilotage']);
    expect(search({ q: 'pilot station' })).toEqual(['pilotage']);
  });

  it('ignores case, width and spaces in the search text', () => {
    expect(search({ q: 'FUMIGATION' })).toEqual(['fumigation']);
    expect(search({ q: 'ｆｕｍｉｇａｔｉｏｎ' })).toEqual(['fumigation']);
    expect(search({ q: '熏 蒸' })).toEqual(['fumigation']);
    expect(search({ q: 'ｐｉ－００１' })).toEqual(['pilotage']);
  });

  it('does not match across the boundary of two fields', () => {
    // "引航费" (name) is followed by "深圳引航站" (charging body) in the haystack.
    expect(search({ q: '引航费' })).toEqual(['pilotage']);
    expect(search({ q: '引航费深圳' })).toEqual([]);
  });

  it('searches extra keys such as pinyin', () => {
    const withPinyin = createFeeSearchIndex(ITEMS, (i) => (i.id === 'pilotage' ? ['yinhangfei', 'yhf'] : []));
    expect(withPinyin.search({ q: 'YinHang' }).map((i) => i.id)).toEqual(['pilotage']);
    expect(search({ q: 'yinhang' })).toEqual([]);
  });

  it('returns everything, in catalogue order, for an empty query', () => {
    expect(search({})).toEqual(ITEMS.map((i) => i.id));
    expect(search({ q: '   ', port: [], status: [] })).toEqual(ITEMS.map((i) => i.id));
  });

  it('combines filters with AND across fields and OR within a list', () => {
    expect(search({ port: ['shekou'] })).toEqual(['thc', 'fumigation', 'construction']);
    expect(search({ port: ['shekou'], unit: ['teu20'] })).toEqual(['thc', 'fumigation']);
    expect(search({ port: ['shekou'], unit: ['teu20'], status: ['effective'] })).toEqual(['thc']);
    expect(search({ port: ['chiwan', 'shekou'], pricingType: ['government-set'] })).toEqual(['construction']);
    expect(search({ category: ['pilotage', 'storage'] })).toEqual(['pilotage', 'storage']);
    expect(search({ chargingBody: ['yict'], category: ['security', 'terminal-handling'] })).toEqual(['security']);
    expect(search({ q: '港口', status: ['abolished'] })).toEqual(['construction']);
    expect(search({ q: '港口', status: ['effective'] })).toEqual(['security']);
    expect(search({ port: ['huanggang'] })).toEqual([]);
  });

  it('narrows as the text grows and starts afresh when it shrinks or the filters change', () => {
    const typing = createFeeSearchIndex(ITEMS);
    const fresh = (query: FeeQuery) =>
      createFeeSearchIndex(ITEMS)
        .search(query)
        .map((i) => i.id);
    for (const query of [
      { q: 'p' },
      { q: 'po' },
      { q: 'port' },
      { q: 'po' },
      { q: 'po', port: ['shekou'] },
      { q: 'port', port: ['shekou'] },
      { q: '' },
      { q: '码头' },
      { q: '码头作业费' },
    ] satisfies FeeQuery[]) {
      expect(typing.search(query).map((i) => i.id)).toEqual(fresh(query));
    }
  });

  it('sorts the result when asked', () => {
    expect(search({ port: ['yantian'], sort: 'code' })).toEqual([
      'construction',
      'pilotage',
      'fumigation',
      'security',
      'storage',
    ]);
    expect(search({ sort: 'effectiveFrom', order: 'desc', status: ['effective'] })).toEqual([
      'thc',
      'storage',
      'pilotage',
      'security',
    ]);
  });
});

describe('sortFees', () => {
  it('sorts by amount with items without an amount last, in both directions', () => {
    expect(sortFees(ITEMS, 'amount', 'asc', 'zh-CN').map((i) => i.id)).toEqual([
      'fumigation',
      'storage',
      'thc',
      'pilotage',
      'security',
      'construction',
    ]);
    expect(sortFees(ITEMS, 'amount', 'desc', 'zh-CN').map((i) => i.id)).toEqual([
      'pilotage',
      'thc',
      'storage',
      'fumigation',
      'security',
      'construction',
    ]);
  });

  it('sorts names in the given language and leaves the input alone', () => {
    const copy = [...ITEMS];
    expect(sortFees(ITEMS, 'name', 'asc', 'en').map((i) => i.name.en)).toEqual([
      'Fumigation',
      'Pilotage',
      'Port construction fee',
      'Port facility security sub-item',
      'Storage of import laden containers',
      'Terminal handling charge',
    ]);
    expect(sortFees(ITEMS, 'name', 'desc', 'en')[0]?.id).toBe('thc');
    expect(ITEMS).toEqual(copy);
  });

  it('reads the indicative amount of fixed and formula standards', () => {
    expect(feeIndicativeAmount(THC)).toBe(790);
    expect(feeIndicativeAmount(PILOTAGE)).toBe(41650);
    expect(feeIndicativeAmount(FUMIGATION)).toBe(0);
    expect(feeIndicativeAmount(SECURITY)).toBeUndefined();
  });
});

describe('fee query in the URL', () => {
  it('round-trips a full query through search params in a stable order', () => {
    const query: FeeQuery = {
      q: '引航 fee',
      port: ['yantian', 'shekou'],
      chargingBody: ['pilot'],
      category: ['pilotage'],
      pricingType: ['government-set'],
      unit: ['trip', 'net-ton'],
      status: ['effective', 'publicised'],
      sort: 'amount',
      order: 'desc',
    };
    const params = feeQueryToSearchParams(query);
    expect([...params.keys()]).toEqual([
      'q',
      'port',
      'chargingBody',
      'category',
      'pricingType',
      'unit',
      'status',
      'sort',
      'order',
    ]);
    expect(params.get('port')).toBe('yantian,shekou');
    expect(feeQueryFromSearchParams(new URLSearchParams(params.toString()))).toEqual(query);
  });

  it('omits empty fields', () => {
    expect(feeQueryToSearchParams({ q: '', port: [], status: ['effective'] }).toString()).toBe('status=effective');
    expect(feeQueryFromSearchParams(new URLSearchParams(''))).toEqual({});
  });

  it('drops invalid values and keeps every valid one', () => {
    const params = new URLSearchParams(
      'q=tug&port=yantian,atlantis,,shekou&category=pilotage&status=bogus&sort=price&order=desc',
    );
    expect(feeQueryFromSearchParams(params)).toEqual({
      q: 'tug',
      port: ['yantian', 'shekou'],
      category: ['pilotage'],
      order: 'desc',
    });
  });

  it('drops an over-long search text but keeps the filters', () => {
    const params = new URLSearchParams({ q: 'x'.repeat(101), unit: 'teu20', sort: 'name' });
    expect(feeQueryFromSearchParams(params)).toEqual({ unit: ['teu20'], sort: 'name' });
  });

  it('trims the search text and keeps commas in it', () => {
    expect(feeQueryFromSearchParams(new URLSearchParams('q=%20%20THC,%2020%20%20'))).toEqual({ q: 'THC, 20' });
  });
});
