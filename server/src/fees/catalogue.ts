import {
  createFeeSearchIndex,
  type FeeItem,
  type FeeListPage,
  type FeeQuery,
  type FeeSearchIndex as ContractsFeeSearchIndex,
  type Locale,
} from '@sw/contracts';
import { FeeSearchIndex } from './search-index.ts';

export interface CatalogueOptions {
  /**
   * `indexed` (default): the server's search index with serialised items and a response cache.
   * `simple`: the contracts' `createFeeSearchIndex` and `JSON.stringify` per request, as the mocks
   * do; kept as the baseline of `pnpm bench:api -- --baseline`.
   */
  search?: 'indexed' | 'simple';
  /** Responses kept for repeated fee list queries (indexed search only); 0 turns the cache off. */
  cacheEntries?: number;
}

/**
 * The published fee catalogue in memory: the read side of the fee endpoints. Loaded from the
 * database at start, updated by this server's writes right after they commit.
 */
export class FeeCatalogue {
  private index: FeeSearchIndex;
  private simple: { items: FeeItem[]; index: ContractsFeeSearchIndex } | undefined;
  private readonly cache = new Map<string, Buffer>();
  private readonly cacheEntries: number;
  private readonly mode: 'indexed' | 'simple';

  constructor(
    items: readonly FeeItem[],
    public asOf: string,
    options: CatalogueOptions = {},
  ) {
    this.mode = options.search ?? 'indexed';
    this.cacheEntries = this.mode === 'indexed' ? (options.cacheEntries ?? 512) : 0;
    this.index = new FeeSearchIndex(items);
  }

  get size(): number {
    return this.index.size;
  }

  get(id: string): FeeItem | undefined {
    return this.index.get(id);
  }

  /** Every item in catalogue order. */
  items(): readonly FeeItem[] {
    return this.index.all();
  }

  /** One item as JSON (UTF-8). */
  itemJson(id: string): Buffer | undefined {
    const slot = this.index.slotOf(id);
    if (slot === undefined) return undefined;
    return this.mode === 'simple' ? Buffer.from(JSON.stringify(this.index.all()[slot])) : this.index.itemBytes(slot);
  }

  /** `FeeListResponse` as JSON (UTF-8) for a parsed query, page and sort language. */
  listJson(query: FeeQuery, page: FeeListPage, locale: Locale): Buffer {
    if (this.mode === 'simple') {
      const all = this.simpleIndex().search(query, locale);
      return Buffer.from(JSON.stringify({ items: paginate(all, page), total: all.length, asOf: this.asOf }));
    }
    const key = this.cacheEntries ? cacheKey(query, page, locale) : '';
    if (key) {
      const hit = this.cache.get(key);
      if (hit !== undefined) {
        // Refresh its place in the LRU order.
        this.cache.delete(key);
        this.cache.set(key, hit);
        return hit;
      }
    }
    const slots = this.index.search(query, locale);
    const shown = paginate(slots, page);
    const parts: Buffer[] = [LIST_HEAD];
    for (let i = 0; i < shown.length; i++) {
      if (i) parts.push(COMMA);
      parts.push(this.index.itemBytes(shown[i]!));
    }
    parts.push(Buffer.from(`],"total":${slots.length},"asOf":${JSON.stringify(this.asOf)}}`));
    const body = Buffer.concat(parts);
    if (key) {
      this.cache.set(key, body);
      if (this.cache.size > this.cacheEntries) this.cache.delete(this.cache.keys().next().value!);
    }
    return body;
  }

  /** Applies a committed write (new or changed item) and the new catalogue date. */
  apply(item: FeeItem, asOf: string): void {
    this.index.upsert(item);
    this.asOf = asOf;
    this.simple = undefined;
    this.cache.clear();
  }

  private simpleIndex() {
    if (!this.simple) {
      const items = [...this.index.all()];
      this.simple = { items, index: createFeeSearchIndex(items) };
    }
    return this.simple.index;
  }
}

const LIST_HEAD = Buffer.from('{"items":[');
const COMMA = Buffer.from(',');

function paginate<T>(list: T[], page: FeeListPage): T[] {
  const offset = page.offset ?? 0;
  if (page.limit === undefined) return offset ? list.slice(offset) : list;
  return list.slice(offset, offset + page.limit);
}

function cacheKey(query: FeeQuery, page: FeeListPage, locale: Locale): string {
  // The language only changes the order of a name or code sort.
  const language = query.sort === 'name' || query.sort === 'code' ? locale : '';
  return JSON.stringify([
    query.q ?? '',
    query.port,
    query.chargingBody,
    query.category,
    query.pricingType,
    query.unit,
    query.status,
    query.sort,
    query.order,
    page.limit,
    page.offset,
    language,
  ]);
}
