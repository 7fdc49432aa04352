import type { z } from 'zod';
import { feeImportItemSchema, type FeeImportItem } from '../api/fees.ts';
import type { LocalizedText } from '../locale.ts';
import type { FeeItem } from './schema.ts';

/**
 * The columns of a fee list as a file (CSV or xlsx): what operators import and what the open data
 * export writes, so an exported list can be edited and imported again. Localized texts take one
 * column per language; `amount` is the fixed amount, or a rule's indicative amount when
 * `formula_*` is filled; lists (`ports`, `directions`) are separated by commas, semicolons or spaces.
 */
export const FEE_FILE_COLUMNS = [
  'code',
  'name_zh_cn',
  'name_zh_hk',
  'name_en',
  'category',
  'unit',
  'pricing_type',
  'amount',
  'formula_zh_cn',
  'formula_zh_hk',
  'formula_en',
  'service_zh_cn',
  'service_zh_hk',
  'service_en',
  'legal_basis_zh_cn',
  'legal_basis_zh_hk',
  'legal_basis_en',
  'legal_basis_url',
  'payment_zh_cn',
  'payment_zh_hk',
  'payment_en',
  'ports',
  'effective_from',
  'directions',
  'condition',
  'source',
  'demo',
] as const;
export type FeeFileColumn = (typeof FEE_FILE_COLUMNS)[number];
export type FeeFileRow = Record<FeeFileColumn, string>;

/** Columns a file must have; the others may be left out (empty). */
export const REQUIRED_FEE_FILE_COLUMNS: readonly FeeFileColumn[] = [
  'code',
  'name_zh_cn',
  'name_zh_hk',
  'name_en',
  'category',
  'unit',
  'pricing_type',
  'ports',
  'effective_from',
];

export type FeeRowProblem =
  | 'required'
  | 'invalid_option'
  | 'not_a_number'
  | 'invalid_date'
  | 'invalid_url'
  | 'too_long'
  | 'duplicate'
  | 'invalid';

export interface FeeRowError {
  column: FeeFileColumn;
  problem: FeeRowProblem;
  /** The value as found in the file. */
  value?: string;
}

export type ParsedFeeRow = { ok: true; item: FeeImportItem } | { ok: false; errors: FeeRowError[] };

const textOf = (row: Partial<FeeFileRow>, prefix: string): LocalizedText => ({
  'zh-CN': row[`${prefix}_zh_cn` as FeeFileColumn]?.trim() ?? '',
  'zh-HK': row[`${prefix}_zh_hk` as FeeFileColumn]?.trim() ?? '',
  en: row[`${prefix}_en` as FeeFileColumn]?.trim() ?? '',
});
const listOf = (value: string | undefined) => (value ?? '').split(/[\s,;，；、]+/).filter(Boolean);
const TRUE = new Set(['true', 'yes', 'y', '1', '是']);
const FALSE = new Set(['false', 'no', 'n', '0', '否', '']);

/** Columns the file lacks that an import needs. */
export function missingFeeFileColumns(headers: readonly string[]): FeeFileColumn[] {
  const present = new Set(headers.map((h) => h.trim().toLowerCase()));
  return REQUIRED_FEE_FILE_COLUMNS.filter((column) => !present.has(column));
}

/** One file row as an import item, or every problem with it by column. */
export function parseFeeFileRow(row: Partial<FeeFileRow>): ParsedFeeRow {
  const errors: FeeRowError[] = [];
  const amountText = (row.amount ?? '').trim().replace(/[,，\s]/g, '');
  const amount = amountText === '' ? undefined : Number(amountText);
  if (amount !== undefined && !Number.isFinite(amount))
    errors.push({ column: 'amount', problem: 'not_a_number', value: row.amount ?? '' });
  const demoText = (row.demo ?? '').trim().toLowerCase();
  if (!TRUE.has(demoText) && !FALSE.has(demoText))
    errors.push({ column: 'demo', problem: 'invalid_option', value: row.demo ?? '' });
  const formula = textOf(row, 'formula');
  const hasFormula = Boolean(formula['zh-CN'] || formula['zh-HK'] || formula.en);
  const url = row.legal_basis_url?.trim();
  const directions = listOf(row.directions);
  const condition = row.condition?.trim();
  const candidate = {
    code: row.code?.trim() ?? '',
    name: textOf(row, 'name'),
    category: row.category?.trim() ?? '',
    service: textOf(row, 'service'),
    standard: hasFormula
      ? {
          kind: 'formula',
          formula,
          currency: 'CNY',
          ...(amount !== undefined && Number.isFinite(amount) ? { indicativeAmount: amount } : {}),
        }
      : {
          kind: 'fixed',
          amount: amount !== undefined && Number.isFinite(amount) ? amount : undefined,
          currency: 'CNY',
        },
    unit: row.unit?.trim() ?? '',
    pricingType: row.pricing_type?.trim() ?? '',
    legalBasis: { title: textOf(row, 'legal_basis'), ...(url ? { url } : {}) },
    payment: textOf(row, 'payment'),
    ports: listOf(row.ports),
    effectiveFrom: row.effective_from?.trim() ?? '',
    ...(row.source?.trim() ? { source: row.source.trim() } : {}),
    demo: TRUE.has(demoText),
    ...(directions.length || condition
      ? { appliesTo: { ...(directions.length ? { directions } : {}), ...(condition ? { condition } : {}) } }
      : {}),
  };
  const parsed = feeImportItemSchema.safeParse(candidate);
  if (parsed.success && !errors.length) return { ok: true, item: parsed.data };
  for (const issue of parsed.error?.issues ?? []) {
    const column = columnOf(issue.path);
    if (errors.some((e) => e.column === column)) continue;
    errors.push({ column, problem: problemOf(issue, column, row), value: row[column] ?? '' });
  }
  return { ok: false, errors };
}

function columnOf(path: readonly PropertyKey[]): FeeFileColumn {
  const [head, second, third] = path.map(String);
  const lang = (l: string | undefined) => (l === 'zh-CN' ? 'zh_cn' : l === 'zh-HK' ? 'zh_hk' : 'en');
  switch (head) {
    case 'name':
    case 'service':
    case 'payment':
      return `${head}_${lang(second)}` as FeeFileColumn;
    case 'standard':
      return second === 'formula' ? (`formula_${lang(third)}` as FeeFileColumn) : 'amount';
    case 'legalBasis':
      return second === 'url' ? 'legal_basis_url' : (`legal_basis_${lang(third)}` as FeeFileColumn);
    case 'pricingType':
      return 'pricing_type';
    case 'effectiveFrom':
      return 'effective_from';
    case 'appliesTo':
      return second === 'condition' ? 'condition' : 'directions';
    default:
      return (FEE_FILE_COLUMNS as readonly string[]).includes(head ?? '') ? (head as FeeFileColumn) : 'code';
  }
}

function problemOf(issue: z.core.$ZodIssue, column: FeeFileColumn, row: Partial<FeeFileRow>): FeeRowProblem {
  const value = (row[column] ?? '').trim();
  if (issue.code === 'invalid_value') return value ? 'invalid_option' : 'required';
  if (issue.code === 'too_big') return 'too_long';
  if (issue.code === 'too_small') return 'required';
  if (issue.code === 'invalid_type') return value ? (column === 'amount' ? 'not_a_number' : 'invalid') : 'required';
  if (issue.code === 'invalid_format') {
    if (!value) return 'required';
    return column === 'effective_from' ? 'invalid_date' : column === 'legal_basis_url' ? 'invalid_url' : 'invalid';
  }
  return 'invalid';
}

/** Codes that appear on more than one row: each row number (0-based) with the code. */
export function duplicateFeeCodes(items: ReadonlyArray<{ code: string } | undefined>): Map<number, string> {
  const seen = new Map<string, number[]>();
  items.forEach((item, index) => {
    if (!item) return;
    const key = item.code.toLowerCase();
    seen.set(key, [...(seen.get(key) ?? []), index]);
  });
  const duplicates = new Map<number, string>();
  for (const rows of seen.values()) if (rows.length > 1) for (const row of rows) duplicates.set(row, items[row]!.code);
  return duplicates;
}

/** An item as a file row (the inverse of `parseFeeFileRow`). */
export function feeToFileRow(item: FeeItem | FeeImportItem): FeeFileRow {
  const text = (prefix: string, value: LocalizedText | undefined) => ({
    [`${prefix}_zh_cn`]: value?.['zh-CN'] ?? '',
    [`${prefix}_zh_hk`]: value?.['zh-HK'] ?? '',
    [`${prefix}_en`]: value?.en ?? '',
  });
  const { standard } = item;
  const amount = standard.kind === 'fixed' ? standard.amount : standard.indicativeAmount;
  return {
    code: item.code,
    ...text('name', item.name),
    category: item.category,
    unit: item.unit,
    pricing_type: item.pricingType,
    amount: amount === undefined ? '' : String(amount),
    ...text('formula', standard.kind === 'formula' ? standard.formula : undefined),
    ...text('service', item.service),
    ...text('legal_basis', item.legalBasis.title),
    legal_basis_url: item.legalBasis.url ?? '',
    ...text('payment', item.payment),
    ports: item.ports.join(','),
    effective_from: item.effectiveFrom,
    directions: item.appliesTo?.directions?.join(',') ?? '',
    condition: item.appliesTo?.condition ?? '',
    source: item.source ?? '',
    demo: item.demo ? 'true' : 'false',
  } as FeeFileRow;
}

export interface FeeImportDiff {
  added: FeeImportItem[];
  changed: Array<{ current: FeeItem; incoming: FeeImportItem; fields: FeeFileColumn[] }>;
  unchanged: FeeItem[];
  /** The organisation's items the file does not mention (left as they are). */
  notInFile: FeeItem[];
}

/** What an import would do to an organisation's current list, matching items by code. */
export function diffFeeImport(current: readonly FeeItem[], incoming: readonly FeeImportItem[]): FeeImportDiff {
  const byCode = new Map(current.map((item) => [item.code.toLowerCase(), item]));
  const diff: FeeImportDiff = { added: [], changed: [], unchanged: [], notInFile: [] };
  const mentioned = new Set<string>();
  for (const item of incoming) {
    const key = item.code.toLowerCase();
    const existing = byCode.get(key);
    mentioned.add(key);
    if (!existing) {
      diff.added.push(item);
      continue;
    }
    const before = feeToFileRow(existing);
    const after = feeToFileRow(item);
    const fields = FEE_FILE_COLUMNS.filter((column) => before[column] !== after[column]);
    if (fields.length) diff.changed.push({ current: existing, incoming: item, fields });
    else diff.unchanged.push(existing);
  }
  diff.notInFile = current.filter((item) => !mentioned.has(item.code.toLowerCase()));
  return diff;
}
