import {
  calendarDateInShenzhen,
  feeItemSchema,
  feeTransition,
  publiciseNewItem,
  type FeeEvent,
  type FeeHistoryEntry,
  type FeeItem,
  type HistoryDraft,
  type LifecycleErrorCode,
  type Objection,
  type Organisation,
} from '@sw/contracts';
import { FEES, FEES_AS_OF } from '../data/fees.ts';
import { FEE_HISTORY } from '../data/feesHistory.ts';
import { ORGANISATIONS } from '../data/organisations.ts';

export class MockFeeError extends Error {
  constructor(
    readonly code: LifecycleErrorCode | 'fee.not_found' | 'fee.code_taken' | 'fee.id_taken',
    readonly detail: string,
  ) {
    super(detail);
  }
}

export interface MockFeeStoreOptions {
  fees?: readonly FeeItem[];
  history?: readonly FeeHistoryEntry[];
  organisations?: readonly Organisation[];
  asOf?: string;
  now?: () => Date;
}

/**
 * The mock API's fee data in memory: the catalogue, each item's history and the objections, changed
 * through the same lifecycle (`feeTransition` in @sw/contracts) the reference server enforces.
 */
export class MockFeeStore {
  items: FeeItem[] = [];
  history: FeeHistoryEntry[] = [];
  objections: Objection[] = [];
  asOf = '';
  /** Bumped on every change, so search indexes know to rebuild. */
  version = 0;
  private serial = 0;
  readonly now: () => Date;

  constructor(private readonly options: MockFeeStoreOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.reset();
  }

  /** Back to the seed data (tests call it between cases). */
  reset(): void {
    this.items = [...(this.options.fees ?? FEES)];
    this.history = [...(this.options.history ?? (this.options.fees ? [] : FEE_HISTORY))];
    this.objections = [];
    this.asOf = this.options.asOf ?? FEES_AS_OF;
    this.version++;
  }

  today(): string {
    return calendarDateInShenzhen(this.now());
  }

  get(id: string): FeeItem | undefined {
    return this.items.find((item) => item.id === id);
  }

  organisation(id: string): Organisation | undefined {
    return (this.options.organisations ?? ORGANISATIONS).find((o) => o.id === id);
  }

  openObjections(feeId: string): number {
    return this.objections.filter((o) => o.feeId === feeId && o.status === 'open').length;
  }

  /** Lets time pass: publicity periods that ended take effect (as the server's clock does). */
  tick(): void {
    for (const item of [...this.items]) {
      const result = feeTransition(item, { type: 'tick' }, this.context(item.id));
      if (result.ok && result.changed) this.save(result.item, result.history);
    }
  }

  /** Applies an event to an item; throws a MockFeeError with the lifecycle's code when refused. */
  apply(id: string, event: FeeEvent): FeeItem {
    const item = this.get(id);
    if (!item) throw new MockFeeError('fee.not_found', `No fee item with id "${id}".`);
    const result = feeTransition(item, event, this.context(id));
    if (!result.ok) throw new MockFeeError(result.code, result.detail);
    this.save(feeItemSchema.parse(result.item), result.history, result.changed);
    return result.item;
  }

  create(draft: Omit<FeeItem, 'status' | 'publicity' | 'pendingChange'>): FeeItem {
    if (this.get(draft.id)) throw new MockFeeError('fee.id_taken', `A fee item with id "${draft.id}" already exists.`);
    if (this.items.some((item) => item.code === draft.code)) {
      throw new MockFeeError('fee.code_taken', `A fee item with code "${draft.code}" already exists.`);
    }
    const { item, history } = publiciseNewItem(draft, this.context(draft.id));
    this.save(feeItemSchema.parse(item), history);
    return item;
  }

  private context(id: string) {
    return { today: this.today(), openObjections: this.openObjections(id) };
  }

  save(item: FeeItem, drafts: HistoryDraft[], changed = true): void {
    const at = this.now().toISOString();
    for (const draft of drafts) {
      this.history.push({ id: `mock-${++this.serial}`, feeId: item.id, at, ...draft, demo: item.demo });
    }
    if (!changed) return;
    const index = this.items.findIndex((existing) => existing.id === item.id);
    if (index === -1) this.items.push(item);
    else this.items[index] = item;
    this.asOf = at;
    this.version++;
  }
}
