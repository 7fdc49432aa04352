import {
  LOCALES,
  feeIndicativeAmount,
  normaliseSearchText,
  type FeeItem,
  type FeeQuery,
  type Locale,
} from '@sw/contracts';

type SortKey = NonNullable<FeeQuery['sort']>;
const NO_AMOUNT = 0x7fffffff;
const SEPARATOR = '\u0001';

/** The same haystack as `createFeeSearchIndex` in `@sw/contracts`, so both find the same items. */
export function feeHaystack(item: FeeItem): string {
  return normaliseSearchText(
    [item.code, ...LOCALES.flatMap((l) => [item.name[l], item.chargingBody.name[l], item.service[l]])].join(SEPARATOR),
  );
}

/**
 * The server's fee search: the same answers as `createFeeSearchIndex` (contracts), built for a
 * catalogue of tens of thousands of items.
 *
 * - Text search goes through postings of every character and character pair of the normalised
 *   haystacks: the needle's rarest pairs give a few candidates, which are then checked with
 *   `includes` on the haystack (so postings may hold stale slots after an edit without harm).
 * - Sorting uses ranks computed once per key and language (a collator compare per pair of items
 *   is what made sorting 20,000 names slow); ties keep catalogue order, as `sortFees` does.
 * - Each item's JSON is serialised and UTF-8 encoded once and reused by every response that lists
 *   it (encoding a few hundred kilobytes of mostly Chinese text per response was the next cost).
 *
 * Slots are catalogue positions: item i of the list given (new items are appended).
 */
export class FeeSearchIndex {
  private readonly items: FeeItem[] = [];
  private readonly haystacks: string[] = [];
  private readonly slots = new Map<string, number>();
  private readonly postings = new Map<string, number[]>();
  private readonly json: (Buffer | undefined)[] = [];
  private ranks = new Map<string, Int32Array>();

  constructor(items: readonly FeeItem[] = []) {
    for (const item of items) this.upsert(item);
  }

  get size(): number {
    return this.items.length;
  }

  all(): readonly FeeItem[] {
    return this.items;
  }

  get(id: string): FeeItem | undefined {
    const slot = this.slots.get(id);
    return slot === undefined ? undefined : this.items[slot];
  }

  /** The item's JSON as UTF-8 bytes, serialised and encoded once. */
  itemBytes(slot: number): Buffer {
    let bytes = this.json[slot];
    if (bytes === undefined) {
      bytes = Buffer.from(JSON.stringify(this.items[slot]), 'utf8');
      this.json[slot] = bytes;
    }
    return bytes;
  }

  /** The item's JSON text. */
  itemJson(slot: number): string {
    return this.itemBytes(slot).toString('utf8');
  }

  slotOf(id: string): number | undefined {
    return this.slots.get(id);
  }

  /** Adds a new item at the end of the catalogue, or replaces the item with the same id in place. */
  upsert(item: FeeItem): void {
    const existing = this.slots.get(item.id);
    const slot = existing ?? this.items.length;
    const haystack = feeHaystack(item);
    const changedText = existing === undefined || this.haystacks[slot] !== haystack;
    this.items[slot] = item;
    this.haystacks[slot] = haystack;
    this.json[slot] = undefined;
    this.slots.set(item.id, slot);
    if (changedText) this.addPostings(slot, haystack, existing === undefined);
    this.ranks = new Map();
  }

  private addPostings(slot: number, haystack: string, appended: boolean): void {
    const grams = new Set<string>();
    for (let i = 0; i < haystack.length; i++) {
      const a = haystack[i]!;
      if (a === SEPARATOR) continue;
      grams.add(a);
      const b = haystack[i + 1];
      if (b !== undefined && b !== SEPARATOR) grams.add(a + b);
    }
    for (const gram of grams) {
      const list = this.postings.get(gram);
      if (!list) this.postings.set(gram, [slot]);
      else if (appended) list.push(slot);
      else insertSorted(list, slot);
    }
  }

  /** Slots of the matching items, in catalogue order or sorted as asked. */
  search(query: FeeQuery, locale: Locale = 'zh-CN'): number[] {
    const needle = query.q ? normaliseSearchText(query.q) : '';
    // A needle spanning the field separator cannot use the postings (they never cross it): scan.
    const candidates = needle && !needle.includes(SEPARATOR) ? this.textCandidates(needle) : undefined;
    if (candidates && candidates.length === 0) return [];

    const ports = query.port?.length ? new Set<string>(query.port) : undefined;
    const bodies = query.chargingBody?.length ? new Set<string>(query.chargingBody) : undefined;
    const categories = query.category?.length ? new Set<string>(query.category) : undefined;
    const pricing = query.pricingType?.length ? new Set<string>(query.pricingType) : undefined;
    const units = query.unit?.length ? new Set<string>(query.unit) : undefined;
    const statuses = query.status?.length ? new Set<string>(query.status) : undefined;

    const result: number[] = [];
    const visit = (slot: number) => {
      const item = this.items[slot]!;
      if (needle && !this.haystacks[slot]!.includes(needle)) return;
      if (categories && !categories.has(item.category)) return;
      if (statuses && !statuses.has(item.status)) return;
      if (units && !units.has(item.unit)) return;
      if (pricing && !pricing.has(item.pricingType)) return;
      if (bodies && !bodies.has(item.chargingBody.id)) return;
      if (ports && !item.ports.some((port) => ports.has(port))) return;
      result.push(slot);
    };
    if (candidates) for (const slot of candidates) visit(slot);
    else for (let slot = 0; slot < this.items.length; slot++) visit(slot);

    if (query.sort) this.sortSlots(result, query.sort, query.order ?? 'asc', locale);
    return result;
  }

  /** Slots that contain every character pair of the needle (a superset of the matches). */
  private textCandidates(needle: string): readonly number[] {
    if (needle.length === 1) return this.postings.get(needle) ?? [];
    const lists: number[][] = [];
    const seen = new Set<string>();
    for (let i = 0; i + 1 < needle.length; i++) {
      const gram = needle.slice(i, i + 2);
      if (seen.has(gram)) continue;
      seen.add(gram);
      const list = this.postings.get(gram);
      if (!list) return [];
      lists.push(list);
    }
    lists.sort((a, b) => a.length - b.length);
    let current: readonly number[] = lists[0]!;
    // Intersect the rarest lists while that still narrows things down; `includes` checks the rest.
    for (let i = 1; i < lists.length && current.length > 16; i++) {
      current = intersect(current, lists[i]!);
      if (current.length === 0) break;
    }
    return current;
  }

  private sortSlots(slots: number[], key: SortKey, order: 'asc' | 'desc', locale: Locale): void {
    const rank = this.rank(key, locale);
    const direction = order === 'asc' ? 1 : -1;
    slots.sort((a, b) => {
      const x = rank[a]!;
      const y = rank[b]!;
      if (x !== y) {
        // Items without an amount sort last whatever the direction.
        if (x === NO_AMOUNT) return 1;
        if (y === NO_AMOUNT) return -1;
        return direction * (x - y);
      }
      return a - b;
    });
  }

  /** Dense ranks (equal items share one) of every slot for a sort key and language. */
  private rank(key: SortKey, locale: Locale): Int32Array {
    const cacheKey = key === 'amount' || key === 'effectiveFrom' ? key : `${key}:${locale}`;
    let rank = this.ranks.get(cacheKey);
    if (rank) return rank;
    const n = this.items.length;
    rank = new Int32Array(n);
    if (key === 'amount') {
      const amounts = this.items.map(feeIndicativeAmount);
      const distinct = [...new Set(amounts.filter((a): a is number => a !== undefined))].sort((a, b) => a - b);
      const positions = new Map(distinct.map((amount, i) => [amount, i]));
      amounts.forEach((amount, slot) => (rank![slot] = amount === undefined ? NO_AMOUNT : positions.get(amount)!));
    } else {
      const value: (item: FeeItem) => string =
        key === 'code'
          ? (item) => item.code
          : key === 'name'
            ? (item) => item.name[locale]
            : (item) => item.effectiveFrom;
      const compare =
        key === 'effectiveFrom' ? (a: string, b: string) => a.localeCompare(b) : new Intl.Collator(locale).compare;
      const values = this.items.map(value);
      const order = Array.from({ length: n }, (_, slot) => slot).sort((a, b) => compare(values[a]!, values[b]!));
      let current = 0;
      order.forEach((slot, i) => {
        if (i > 0 && compare(values[order[i - 1]!]!, values[slot]!) !== 0) current++;
        rank![slot] = current;
      });
    }
    this.ranks.set(cacheKey, rank);
    return rank;
  }
}

function intersect(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      out.push(x);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out;
}

function insertSorted(list: number[], value: number): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  if (list[lo] !== value) list.splice(lo, 0, value);
}
