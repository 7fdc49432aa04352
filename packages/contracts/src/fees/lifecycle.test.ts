import { describe, expect, it } from 'vitest';
import {
  FEE_STATUS_TRANSITIONS,
  feeTransition,
  isRaise,
  publiciseNewItem,
  type LifecycleContext,
} from './lifecycle.ts';
import { FEE_STATUSES, type FeeItem, type FeeStandard } from './schema.ts';

const t = (text: string) => ({ 'zh-CN': text, 'zh-HK': text, en: text });
const fixed = (amount: number): FeeStandard => ({ kind: 'fixed', amount, currency: 'CNY' });
const base: FeeItem = {
  id: 'fee-x',
  code: 'X-1',
  chargingBody: { id: 'yict', name: t('YICT') },
  name: t('Handling'),
  category: 'terminal-handling',
  service: t('Handling'),
  standard: fixed(100),
  unit: 'teu20',
  pricingType: 'market-regulated',
  legalBasis: { title: t('Price Law') },
  payment: t('Cash'),
  ports: ['yantian'],
  effectiveFrom: '2025-01-01',
  status: 'effective',
  demo: true,
};
const at = (today: string, openObjections = 0): LifecycleContext => ({ today, openObjections });

function ok(result: ReturnType<typeof feeTransition>) {
  if (!result.ok) throw new Error(`${result.code}: ${result.detail}`);
  return result;
}

const newItem = () => {
  const { status: _s, ...draft } = base;
  return publiciseNewItem({ ...draft, effectiveFrom: '2026-12-03' }, at('2026-12-01')).item;
};

describe('a new item', () => {
  it('is publicised for ten working days and may not start before they end', () => {
    expect(newItem()).toMatchObject({
      status: 'publicised',
      publicity: { startsOn: '2026-12-01', endsOn: '2026-12-14', workingDays: 10 },
      effectiveFrom: '2026-12-15',
    });
  });

  it('takes objections during the period only', () => {
    const item = newItem();
    expect(
      ok(feeTransition(item, { type: 'objection-lodged', reference: 'OBJ-1' }, at('2026-12-14'))).history[0],
    ).toMatchObject({
      kind: 'objection-lodged',
      objectionReference: 'OBJ-1',
    });
    expect(feeTransition(item, { type: 'objection-lodged', reference: 'OBJ-2' }, at('2026-12-15'))).toMatchObject({
      ok: false,
      code: 'fee.publicity_closed',
    });
    expect(feeTransition(base, { type: 'objection-lodged', reference: 'OBJ-3' }, at('2026-12-15'))).toMatchObject({
      ok: false,
      code: 'fee.not_publicised',
    });
  });

  it('becomes chargeable only once the period is over, no objection is open and its date has come', () => {
    const item = newItem();
    const make = (today: string, open = 0) =>
      feeTransition(item, { type: 'set-status', status: 'effective' }, at(today, open));
    expect(make('2026-12-14')).toMatchObject({ ok: false, code: 'fee.publicity_running' });
    expect(make('2026-12-16', 1)).toMatchObject({ ok: false, code: 'fee.objections_open' });
    expect(ok(make('2026-12-15')).item.status).toBe('effective');
    // The clock does the same by itself.
    expect(ok(feeTransition(item, { type: 'tick' }, at('2026-12-14'))).changed).toBe(false);
    expect(ok(feeTransition(item, { type: 'tick' }, at('2026-12-20', 1))).changed).toBe(false);
    const due = ok(feeTransition(item, { type: 'tick' }, at('2026-12-20')));
    expect(due.item).toMatchObject({ status: 'effective', effectiveFrom: '2026-12-15' });
    expect(due.item.publicity).toBeUndefined();
    expect(due.history).toEqual([expect.objectContaining({ kind: 'effective', date: '2026-12-15' })]);
  });

  it('is withdrawn when an objection is upheld; a dismissal changes nothing', () => {
    const item = newItem();
    const dismissed = ok(
      feeTransition(
        item,
        { type: 'objection-decided', reference: 'OBJ-1', decision: 'dismissed', resolution: 'no' },
        at('2026-12-08'),
      ),
    );
    expect(dismissed.changed).toBe(false);
    expect(dismissed.history[0]).toMatchObject({ kind: 'objection-dismissed', note: 'no' });
    const upheld = ok(
      feeTransition(
        item,
        { type: 'objection-decided', reference: 'OBJ-2', decision: 'upheld', resolution: 'double charge' },
        at('2026-12-08'),
      ),
    );
    expect(upheld.item.status).toBe('withdrawn');
    expect(upheld.history[0]).toMatchObject({
      kind: 'objection-upheld',
      statusAfter: 'withdrawn',
      note: 'double charge',
    });
  });
});

describe('changing the standard of an effective item', () => {
  it('publicises a raise as a pending change, the old standard still applying', () => {
    const raised = ok(feeTransition(base, { type: 'edit', changes: { standard: fixed(110) } }, at('2026-12-01')));
    expect(raised.item.standard).toEqual(fixed(100));
    expect(raised.item.pendingChange).toEqual({
      standard: fixed(110),
      effectiveFrom: '2026-12-15',
      publicity: { startsOn: '2026-12-01', endsOn: '2026-12-14', workingDays: 10 },
    });
    expect(raised.history[0]).toMatchObject({ kind: 'raise-publicised', changePercent: 10 });
    // Taking effect after the period, unless an objection is open or was upheld.
    expect(ok(feeTransition(raised.item, { type: 'tick' }, at('2026-12-15', 1))).changed).toBe(false);
    const applied = ok(feeTransition(raised.item, { type: 'tick' }, at('2026-12-15')));
    expect(applied.item).toMatchObject({ standard: fixed(110), effectiveFrom: '2026-12-15' });
    expect(applied.history[0]).toMatchObject({ kind: 'standard-changed', changePercent: 10 });
    const upheld = ok(
      feeTransition(
        raised.item,
        { type: 'objection-decided', reference: 'O', decision: 'upheld', resolution: 'r' },
        at('2026-12-05'),
      ),
    );
    expect(upheld.item.pendingChange).toBeUndefined();
    expect(upheld.item.standard).toEqual(fixed(100));
  });

  it('applies a cut from its date without publicity: at once, or scheduled', () => {
    const now = ok(feeTransition(base, { type: 'edit', changes: { standard: fixed(85) } }, at('2026-12-01')));
    expect(now.item).toMatchObject({ standard: fixed(85), effectiveFrom: '2026-12-01' });
    expect(now.history[0]).toMatchObject({ kind: 'standard-changed', changePercent: -15 });
    const later = ok(
      feeTransition(
        base,
        { type: 'edit', changes: { standard: fixed(85), effectiveFrom: '2027-01-01' } },
        at('2026-12-01'),
      ),
    );
    expect(later.item).toMatchObject({
      standard: fixed(100),
      pendingChange: { standard: fixed(85), effectiveFrom: '2027-01-01' },
    });
    expect(ok(feeTransition(later.item, { type: 'tick' }, at('2026-12-31'))).changed).toBe(false);
    expect(ok(feeTransition(later.item, { type: 'tick' }, at('2027-01-01'))).item.standard).toEqual(fixed(85));
  });

  it('refuses a second change while one is pending, until it is withdrawn', () => {
    const raised = ok(feeTransition(base, { type: 'edit', changes: { standard: fixed(110) } }, at('2026-12-01'))).item;
    expect(feeTransition(raised, { type: 'edit', changes: { standard: fixed(90) } }, at('2026-12-02'))).toMatchObject({
      ok: false,
      code: 'fee.change_pending',
    });
    const withdrawn = ok(feeTransition(raised, { type: 'withdraw-change' }, at('2026-12-02')));
    expect(withdrawn.item.pendingChange).toBeUndefined();
    expect(feeTransition(withdrawn.item, { type: 'withdraw-change' }, at('2026-12-02'))).toMatchObject({
      ok: false,
      code: 'fee.no_pending_change',
    });
  });

  it('treats a rule without a comparable amount as a raise', () => {
    const rule: FeeStandard = { kind: 'formula', formula: t('by agreement'), currency: 'CNY' };
    expect(isRaise(fixed(100), rule)).toBe(true);
    expect(isRaise(fixed(100), fixed(100))).toBe(false);
    expect(isRaise(fixed(100), fixed(99))).toBe(false);
  });

  it('records other edits as such, and refuses edits of abolished items', () => {
    const renamed = ok(feeTransition(base, { type: 'edit', changes: { name: t('Handling (new)') } }, at('2026-12-01')));
    expect(renamed.history).toEqual([expect.objectContaining({ kind: 'edited', fields: ['name'] })]);
    const abolished = { ...base, status: 'abolished' as const };
    expect(feeTransition(abolished, { type: 'edit', changes: { name: t('x') } }, at('2026-12-01'))).toMatchObject({
      ok: false,
      code: 'fee.not_editable',
    });
    expect(ok(feeTransition(abolished, { type: 'edit', changes: { name: base.name } }, at('2026-12-01'))).changed).toBe(
      false,
    );
  });
});

describe('status changes by hand', () => {
  it('follow the transitions; abolished and withdrawn are final', () => {
    expect(Object.keys(FEE_STATUS_TRANSITIONS).sort()).toEqual([...FEE_STATUSES].sort());
    expect(FEE_STATUS_TRANSITIONS.withdrawn).toEqual([]);
    expect(feeTransition(base, { type: 'set-status', status: 'publicised' }, at('2026-12-01'))).toMatchObject({
      ok: false,
      code: 'fee.invalid_transition',
    });
    const suspended = ok(
      feeTransition(base, { type: 'set-status', status: 'suspended', note: 'works' }, at('2026-12-01')),
    );
    expect(suspended.history[0]).toMatchObject({
      kind: 'status-changed',
      statusBefore: 'effective',
      statusAfter: 'suspended',
      note: 'works',
    });
    expect(
      ok(feeTransition(newItem(), { type: 'set-status', status: 'withdrawn' }, at('2026-12-02'))).item.status,
    ).toBe('withdrawn');
  });
});
