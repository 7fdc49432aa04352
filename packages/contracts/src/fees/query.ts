import { z } from 'zod';
import { portIdSchema } from '../ports.ts';
import { LOCALES, type Locale } from '../locale.ts';
import { feeCategorySchema, feeStatusSchema, feeUnitSchema, pricingTypeSchema, type FeeItem } from './schema.ts';

export const FEE_SORT_KEYS = ['code', 'name', 'amount', 'effectiveFrom'] as const;

/** Filters for the fee list; the same shape in the API query string and the page URL. */
export const feeQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  port: z.array(portIdSchema).optional(),
  chargingBody: z.array(z.string()).optional(),
  category: z.array(feeCategorySchema).optional(),
  pricingType: z.array(pricingTypeSchema).optional(),
  unit: z.array(feeUnitSchema).optional(),
  status: z.array(feeStatusSchema).optional(),
  sort: z.enum(FEE_SORT_KEYS).optional(),
  order: z.enum(['asc', 'desc']).optional(),
});
export type FeeQuery = z.infer<typeof feeQuerySchema>;

const LIST_KEYS = ['port', 'chargingBody', 'category', 'pricingType', 'unit', 'status'] as const;

/** Reads a fee query from URL search params (lists are comma-separated). Invalid values are dropped. */
export function feeQueryFromSearchParams(params: URLSearchParams): FeeQuery {
  const raw: Record<string, unknown> = {};
  const q = params.get('q');
  if (q) raw.q = q;
  for (const key of LIST_KEYS) {
    const value = params.get(key);
    if (value) raw[key] = value.split(',').filter(Boolean);
  }
  for (const key of ['sort', 'order'] as const) {
    const value = params.get(key);
    if (value) raw[key] = value;
  }
  const parsed = feeQuerySchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  // Keep every field that is valid on its own, so one bad value in a shared link loses nothing else.
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const field = feeQuerySchema.shape[key as keyof typeof feeQuerySchema.shape];
    const one = field.safeParse(Array.isArray(value) ? value : value);
    if (one.success) kept[key] = one.data;
    else if (Array.isArray(value)) {
      const items = value.filter((item) => field.safeParse([item]).success);
      if (items.length) kept[key] = items;
    }
  }
  return feeQuerySchema.parse(kept);
}

/** Writes a fee query as URL search params, omitting empty fields (stable order for shareable links). */
export function feeQueryToSearchParams(query: FeeQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const key of LIST_KEYS) {
    const list = query[key];
    if (list?.length) params.set(key, list.join(','));
  }
  if (query.sort) params.set('sort', query.sort);
  if (query.order) params.set('order', query.order);
  return params;
}

export function feeIndicativeAmount(item: FeeItem): number | undefined {
  return item.standard.kind === 'fixed' ? item.standard.amount : item.standard.indicativeAmount;
}

/** Lower-cases and strips spaces so "Port Dues" matches "portdues" and full-width input matches too. */
export function normaliseSearchText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

export interface FeeSearchIndex {
  search(query: FeeQuery, locale?: Locale): FeeItem[];
}

/**
 * Builds a search index once (one normalised haystack per item, in every language plus any extra
 * keys such as pinyin) so filtering a large catalogue stays fast on every keystroke.
 */
export function createFeeSearchIndex(
  items: readonly FeeItem[],
  extraKeys: (item: FeeItem) => string[] = () => [],
): FeeSearchIndex {
  const haystacks = items.map((item) =>
    normaliseSearchText(
      [
        item.code,
        ...LOCALES.flatMap((l) => [item.name[l], item.chargingBody.name[l], item.service[l]]),
        ...extraKeys(item),
      ].join('\u0001'),
    ),
  );
  // Typing narrows: when the new search text contains the previous one and the filters are the
  // same, only the previous matches can match, so only they are scanned again.
  let last: { needle: string; filters: string; matches: number[] } | undefined;
  return {
    search(query, locale = 'zh-CN') {
      const needle = query.q ? normaliseSearchText(query.q) : '';
      const sets = LIST_KEYS.map((key) => [key, query[key]?.length ? new Set<string>(query[key]) : undefined] as const);
      const filters = JSON.stringify(LIST_KEYS.map((key) => query[key] ?? []));
      const candidates = last && last.filters === filters && needle.includes(last.needle) ? last.matches : undefined;
      const matches: number[] = [];
      const consider = (index: number) => {
        const item = items[index]!;
        if (needle && !haystacks[index]!.includes(needle)) return;
        for (const [key, set] of sets) {
          if (!set) continue;
          if (key === 'port') {
            if (!item.ports.some((port) => set.has(port))) return;
          } else if (key === 'chargingBody') {
            if (!set.has(item.chargingBody.id)) return;
          } else if (!set.has(item[key])) return;
        }
        matches.push(index);
      };
      if (candidates) for (const index of candidates) consider(index);
      else for (let index = 0; index < items.length; index++) consider(index);
      last = { needle, filters, matches };
      const result = matches.map((index) => items[index]!);
      return query.sort ? sortFees(result, query.sort, query.order ?? 'asc', locale) : result;
    },
  };
}

export function sortFees(
  items: FeeItem[],
  key: (typeof FEE_SORT_KEYS)[number],
  order: 'asc' | 'desc',
  locale: Locale,
): FeeItem[] {
  const collator = new Intl.Collator(locale);
  const direction = order === 'asc' ? 1 : -1;
  const compare: (a: FeeItem, b: FeeItem) => number = {
    code: (a: FeeItem, b: FeeItem) => collator.compare(a.code, b.code),
    name: (a: FeeItem, b: FeeItem) => collator.compare(a.name[locale], b.name[locale]),
    // Items without an amount sort last whatever the direction.
    amount: (a: FeeItem, b: FeeItem) => {
      const x = feeIndicativeAmount(a);
      const y = feeIndicativeAmount(b);
      if (x === undefined) return y === undefined ? 0 : direction;
      if (y === undefined) return -direction;
      return x - y;
    },
    effectiveFrom: (a: FeeItem, b: FeeItem) => a.effectiveFrom.localeCompare(b.effectiveFrom),
  }[key];
  return [...items].sort((a, b) => direction * compare(a, b));
}
