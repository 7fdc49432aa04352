import { describe, expect, it } from 'vitest';
import {
  FEE_FILE_COLUMNS,
  diffFeeImport,
  duplicateFeeCodes,
  feeToFileRow,
  missingFeeFileColumns,
  parseFeeFileRow,
  type FeeFileRow,
} from './fileRows.ts';
import { feesToCsv } from './openData.ts';
import type { FeeItem } from './schema.ts';

const t = (zhCN: string, zhHK: string, en: string) => ({ 'zh-CN': zhCN, 'zh-HK': zhHK, en });
const ITEM: FeeItem = {
  id: 'fee-thc',
  code: 'TH-001',
  chargingBody: { id: 'yict', name: t('盐田国际', '鹽田國際', 'YICT') },
  name: t('码头作业费', '碼頭作業費', 'Terminal handling, "20-ft"'),
  category: 'terminal-handling',
  service: t('装卸', '裝卸', 'Handling'),
  standard: { kind: 'fixed', amount: 820, currency: 'CNY' },
  unit: 'teu20',
  pricingType: 'market-regulated',
  legalBasis: { title: t('价格法', '價格法', 'Price Law'), url: 'https://example.org/law' },
  payment: t('现付', '現付', 'Cash'),
  ports: ['yantian', 'shekou'],
  effectiveFrom: '2025-01-01',
  status: 'effective',
  demo: true,
  appliesTo: { directions: ['export'] },
};

describe('fee file rows', () => {
  it('read back what they write', () => {
    const row = feeToFileRow(ITEM);
    expect(Object.keys(row)).toEqual([...FEE_FILE_COLUMNS]);
    const parsed = parseFeeFileRow(row);
    const { id: _id, chargingBody: _body, status: _status, ...published } = ITEM;
    expect(parsed).toEqual({ ok: true, item: published });
  });

  it('read a rule with an indicative amount, lists with any separator, and Chinese yes/no', () => {
    const parsed = parseFeeFileRow({
      ...feeToFileRow(ITEM),
      amount: '1,200',
      formula_zh_cn: '每箱20元起',
      formula_zh_hk: '每櫃20元起',
      formula_en: 'from 20 yuan',
      ports: 'yantian；shekou、chiwan',
      demo: '否',
    });
    expect(parsed.ok && parsed.item).toMatchObject({
      standard: { kind: 'formula', indicativeAmount: 1200, formula: { en: 'from 20 yuan' } },
      ports: ['yantian', 'shekou', 'chiwan'],
      demo: false,
    });
  });

  it('name every problem of a bad row by column', () => {
    const row: Partial<FeeFileRow> = {
      ...feeToFileRow(ITEM),
      name_en: '',
      unit: 'box',
      amount: 'twelve',
      effective_from: '2025-13-01',
      legal_basis_url: 'not a url',
      ports: 'yantian,atlantis',
      demo: 'maybe',
    };
    const parsed = parseFeeFileRow(row);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(Object.fromEntries(parsed.errors.map((e) => [e.column, e.problem]))).toEqual({
      amount: 'not_a_number',
      demo: 'invalid_option',
      name_en: 'required',
      unit: 'invalid_option',
      legal_basis_url: 'invalid_url',
      ports: 'invalid_option',
      effective_from: 'invalid_date',
    });
  });

  it('say which required columns a file lacks, and which rows repeat a code', () => {
    expect(missingFeeFileColumns(['code', 'Name_zh_cn', 'unit'])).toEqual([
      'name_zh_hk',
      'name_en',
      'category',
      'pricing_type',
      'ports',
      'effective_from',
    ]);
    expect([...duplicateFeeCodes([{ code: 'A' }, { code: 'b' }, undefined, { code: 'a' }])]).toEqual([
      [0, 'A'],
      [3, 'a'],
    ]);
  });
});

describe('diffFeeImport', () => {
  it('tells new, changed (by column), unchanged and unmentioned items apart', () => {
    const other: FeeItem = { ...ITEM, id: 'fee-other', code: 'TH-002' };
    const gone: FeeItem = { ...ITEM, id: 'fee-gone', code: 'TH-003' };
    const read = (row: FeeFileRow) => {
      const parsed = parseFeeFileRow(row);
      if (!parsed.ok) throw new Error('bad row');
      return parsed.item;
    };
    const diff = diffFeeImport(
      [ITEM, other, gone],
      [
        read({ ...feeToFileRow(ITEM), amount: '800' }),
        read(feeToFileRow(other)),
        read({ ...feeToFileRow(ITEM), code: 'NEW-1' }),
      ],
    );
    expect(diff.added.map((i) => i.code)).toEqual(['NEW-1']);
    expect(diff.changed.map((c) => [c.current.code, c.fields])).toEqual([['TH-001', ['amount']]]);
    expect(diff.unchanged.map((i) => i.code)).toEqual(['TH-002']);
    expect(diff.notInFile.map((i) => i.code)).toEqual(['TH-003']);
  });
});

describe('feesToCsv', () => {
  it('writes the published items with quoting, a BOM and CRLF lines', () => {
    const csv = feesToCsv([ITEM, { ...ITEM, id: 'fee-old', code: 'OLD', status: 'abolished' }]);
    expect(csv.startsWith('\uFEFFid,status,charging_body_id,')).toBe(true);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('"Terminal handling, ""20-ft"""');
    expect(lines[1]).toContain('"yantian,shekou"');
  });
});
