import { changePercent, standardAmount, type FeeHistoryEntry } from './history.ts';
import type { FeeItem, FeeStandard, FeeStatus, PendingChange, Publicity } from './schema.ts';
import { addDays, lastOfWorkingDays, type WorkingDayCalendar } from '../calendar/workingDays.ts';

/**
 * The life of a charge under measure 3 ("a new charge is publicised first, and may be charged only
 * when no objection is raised"), in one pure place that the server enforces and the UI explains:
 *
 * - A new item is `publicised` for a publicity period (default 10 working days); anyone may object
 *   during it. It becomes `effective` once the period is over, no objection is open and its start
 *   date has come. An upheld objection withdraws it; a dismissed one lets the publicity go on.
 * - Raising an effective item's standard is publicised the same way as a pending change, the old
 *   standard still applying; an upheld objection drops the raise. A cut needs no publicity: it
 *   applies from its date (at once, or scheduled).
 * - Charging can never start before the publicity ends: an earlier start date moves to the day after.
 */

export const DEFAULT_PUBLICITY_WORKING_DAYS = 10;

/**
 * Allowed status changes by hand. publicised → effective only once the publicity allows it (see
 * `feeTransition`); abolished and withdrawn are final.
 */
export const FEE_STATUS_TRANSITIONS: Readonly<Record<FeeStatus, readonly FeeStatus[]>> = {
  publicised: ['effective', 'withdrawn'],
  effective: ['suspended', 'abolished'],
  suspended: ['effective', 'abolished'],
  abolished: [],
  withdrawn: [],
};

export interface LifecycleContext {
  /** Today's Shenzhen calendar date. */
  today: string;
  /** Objections to the item still waiting for the regulator. */
  openObjections: number;
  calendar?: WorkingDayCalendar;
  /** Length of a new publicity period in working days. */
  publicityWorkingDays?: number;
}

/** Published fields an edit may change (everything but identity, owner and status). */
export type FeeEdit = Partial<
  Pick<
    FeeItem,
    | 'code'
    | 'name'
    | 'category'
    | 'service'
    | 'standard'
    | 'unit'
    | 'pricingType'
    | 'legalBasis'
    | 'payment'
    | 'ports'
    | 'effectiveFrom'
    | 'source'
    | 'demo'
    | 'appliesTo'
  >
>;

export type FeeEvent =
  | { type: 'edit'; changes: FeeEdit }
  | { type: 'set-status'; status: FeeStatus; note?: string }
  | { type: 'withdraw-change'; note?: string }
  | { type: 'objection-lodged'; reference: string }
  | { type: 'objection-decided'; reference: string; decision: 'upheld' | 'dismissed'; resolution: string }
  /** Time passes: what is due takes effect. */
  | { type: 'tick' };

/** A history entry before storage gives it an id, the item id, a timestamp and the demo flag. */
export type HistoryDraft = Omit<FeeHistoryEntry, 'id' | 'feeId' | 'at' | 'demo'>;

export type LifecycleErrorCode =
  | 'fee.invalid_transition'
  | 'fee.objections_open'
  | 'fee.publicity_running'
  | 'fee.not_publicised'
  | 'fee.publicity_closed'
  | 'fee.change_pending'
  | 'fee.no_pending_change'
  | 'fee.not_editable';

export type Transition =
  | { ok: true; item: FeeItem; history: HistoryDraft[]; changed: boolean }
  | { ok: false; code: LifecycleErrorCode; detail: string };

const fail = (code: LifecycleErrorCode, detail: string): Transition => ({ ok: false, code, detail });

/** A publicity period of `workingDays` working days from the first working day on or after `from`. */
export function publicityFrom(from: string, context: Pick<LifecycleContext, 'calendar' | 'publicityWorkingDays'>) {
  const workingDays = context.publicityWorkingDays ?? DEFAULT_PUBLICITY_WORKING_DAYS;
  const endsOn = lastOfWorkingDays(from, workingDays, context.calendar);
  const startsOn = lastOfWorkingDays(from, 1, context.calendar);
  return { startsOn, endsOn, workingDays } satisfies Publicity;
}

/** Publicity of a publicised item; items stored before periods were recorded end the day before their start. */
export function publicityOf(item: FeeItem): Publicity | undefined {
  if (item.status !== 'publicised') return undefined;
  return (
    item.publicity ?? {
      startsOn: item.effectiveFrom,
      endsOn: addDays(item.effectiveFrom, -1),
      workingDays: DEFAULT_PUBLICITY_WORKING_DAYS,
    }
  );
}

/** The publicity objections may be lodged against right now, if any. */
export function openPublicity(item: FeeItem, today: string): Publicity | undefined {
  const running = [publicityOf(item), item.pendingChange?.publicity].find((p) => p && today <= p.endsOn);
  return running;
}

/** Start dates may not fall inside the publicity: the earliest is the day after it ends. */
const startAfter = (requested: string, publicity: Publicity) =>
  requested > publicity.endsOn ? requested : addDays(publicity.endsOn, 1);

/** A raise: the amount goes up, or it can no longer be compared (a new rule needs publicity too). */
export function isRaise(before: FeeStandard, after: FeeStandard): boolean {
  if (sameStandard(before, after)) return false;
  const from = standardAmount(before);
  const to = standardAmount(after);
  if (from === undefined || to === undefined) return true;
  return to > from;
}

export function sameStandard(a: FeeStandard, b: FeeStandard): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(standard: FeeStandard) {
  return standard.kind === 'fixed'
    ? { kind: 'fixed', amount: standard.amount }
    : {
        kind: 'formula',
        formula: [standard.formula['zh-CN'], standard.formula['zh-HK'], standard.formula.en],
        amount: standard.indicativeAmount ?? null,
      };
}

/** A new item as it is first published: under publicity, its start no earlier than the day after. */
export function publiciseNewItem(
  item: Omit<FeeItem, 'status' | 'publicity' | 'pendingChange'>,
  context: LifecycleContext,
): { item: FeeItem; history: HistoryDraft[] } {
  const publicity = publicityFrom(context.today, context);
  const published: FeeItem = {
    ...item,
    status: 'publicised',
    publicity,
    effectiveFrom: startAfter(item.effectiveFrom, publicity),
  };
  return {
    item: published,
    history: [
      { kind: 'publicised', date: publicity.startsOn, standardAfter: published.standard, statusAfter: 'publicised' },
    ],
  };
}

const EDIT_FIELDS = [
  'code',
  'name',
  'category',
  'service',
  'unit',
  'pricingType',
  'legalBasis',
  'payment',
  'ports',
  'effectiveFrom',
  'source',
  'demo',
  'appliesTo',
] as const satisfies ReadonlyArray<keyof FeeEdit>;

const differs = (a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b);

/** Applies one event to an item; a forbidden transition is an error with a stable code. */
export function feeTransition(item: FeeItem, event: FeeEvent, context: LifecycleContext): Transition {
  switch (event.type) {
    case 'edit':
      return edit(item, event.changes, context);
    case 'set-status':
      return setStatus(item, event.status, context, event.note);
    case 'withdraw-change': {
      if (!item.pendingChange) return fail('fee.no_pending_change', `"${item.id}" has no pending change.`);
      const { pendingChange, ...rest } = item;
      return done(rest, [
        {
          kind: 'change-withdrawn',
          date: context.today,
          standardBefore: item.standard,
          standardAfter: pendingChange.standard,
          ...(event.note ? { note: event.note } : {}),
        },
      ]);
    }
    case 'objection-lodged': {
      if (openPublicity(item, context.today)) {
        return done(
          item,
          [{ kind: 'objection-lodged', date: context.today, objectionReference: event.reference }],
          false,
        );
      }
      const ended = publicityOf(item) ?? item.pendingChange?.publicity;
      return ended
        ? fail('fee.publicity_closed', `The publicity of "${item.id}" ended on ${ended.endsOn}; objections are closed.`)
        : fail(
            'fee.not_publicised',
            `"${item.id}" is ${item.status} with no change under publicity: objections are taken while a charge is publicised. Complaints go to the hotline.`,
          );
    }
    case 'objection-decided':
      return decide(item, event, context);
    case 'tick':
      return tick(item, context);
  }
}

function done(item: FeeItem, history: HistoryDraft[], changed = true): Transition {
  return { ok: true, item, history, changed };
}

function edit(item: FeeItem, changes: FeeEdit, context: LifecycleContext): Transition {
  const fields = EDIT_FIELDS.filter((field) => field in changes && differs(changes[field], item[field]));
  const newStandard = changes.standard && !sameStandard(changes.standard, item.standard) ? changes.standard : undefined;
  if (!fields.length && !newStandard) return done(item, [], false);
  if (item.status === 'abolished' || item.status === 'withdrawn') {
    return fail('fee.not_editable', `"${item.id}" is ${item.status}: it can no longer be changed.`);
  }
  const next: FeeItem = { ...item };
  for (const field of fields) Object.assign(next, { [field]: changes[field] });
  for (const field of ['source', 'appliesTo'] as const)
    if (field in changes && changes[field] === undefined) delete next[field];
  const history: HistoryDraft[] = [];

  if (item.status === 'publicised') {
    const publicity = publicityOf(item)!;
    if (newStandard && isRaise(item.standard, newStandard)) {
      // A higher publicised standard is a new proposal: the publicity starts again.
      next.publicity = publicityFrom(context.today, context);
      history.push({
        kind: 'raise-publicised',
        date: next.publicity.startsOn,
        standardBefore: item.standard,
        standardAfter: newStandard,
        ...withPercent(item.standard, newStandard),
      });
    } else if (newStandard) {
      history.push({
        kind: 'edited',
        date: context.today,
        fields: ['standard'],
        standardBefore: item.standard,
        standardAfter: newStandard,
        ...withPercent(item.standard, newStandard),
      });
    }
    next.standard = newStandard ?? item.standard;
    next.effectiveFrom = startAfter(next.effectiveFrom, next.publicity ?? publicity);
  } else if (newStandard) {
    if (item.pendingChange) {
      return fail(
        'fee.change_pending',
        `"${item.id}" already has a change pending from ${item.pendingChange.effectiveFrom}; withdraw it before proposing another.`,
      );
    }
    next.standard = item.standard; // an effective standard changes only through a pending change or a cut
    next.effectiveFrom = item.effectiveFrom;
    const requested = changes.effectiveFrom ?? context.today;
    if (isRaise(item.standard, newStandard)) {
      const publicity = publicityFrom(context.today, context);
      const pending: PendingChange = {
        standard: newStandard,
        effectiveFrom: startAfter(requested, publicity),
        publicity,
      };
      next.pendingChange = pending;
      history.push({
        kind: 'raise-publicised',
        date: publicity.startsOn,
        standardBefore: item.standard,
        standardAfter: newStandard,
        ...withPercent(item.standard, newStandard),
        note: `from ${pending.effectiveFrom}`,
      });
    } else if (requested > context.today) {
      next.pendingChange = { standard: newStandard, effectiveFrom: requested };
      history.push({
        kind: 'cut-scheduled',
        date: context.today,
        standardBefore: item.standard,
        standardAfter: newStandard,
        ...withPercent(item.standard, newStandard),
        note: `from ${requested}`,
      });
    } else {
      next.standard = newStandard;
      next.effectiveFrom = requested;
      history.push({
        kind: 'standard-changed',
        date: requested,
        standardBefore: item.standard,
        standardAfter: newStandard,
        ...withPercent(item.standard, newStandard),
      });
    }
  }

  const otherFields = fields.filter(
    (field) => !(field === 'effectiveFrom' && newStandard && item.status !== 'publicised'),
  );
  if (otherFields.length) history.push({ kind: 'edited', date: context.today, fields: otherFields });
  return done(next, history);
}

function withPercent(before: FeeStandard, after: FeeStandard): { changePercent?: number } {
  const percent = changePercent(before, after);
  return percent === undefined ? {} : { changePercent: percent };
}

function setStatus(item: FeeItem, status: FeeStatus, context: LifecycleContext, note?: string): Transition {
  if (status === item.status) return done(item, [], false);
  if (!FEE_STATUS_TRANSITIONS[item.status].includes(status)) {
    return fail(
      'fee.invalid_transition',
      `A ${item.status} item cannot become ${status}; allowed: ${FEE_STATUS_TRANSITIONS[item.status].join(', ') || 'none'}.`,
    );
  }
  if (item.status === 'publicised' && status === 'effective') {
    const blocked = chargeableBlocker(item, context);
    if (blocked) return blocked;
    return done(becomeEffective(item), [
      {
        kind: 'effective',
        date: context.today,
        statusBefore: 'publicised',
        statusAfter: 'effective',
        standardAfter: item.standard,
      },
    ]);
  }
  const next: FeeItem = { ...item, status };
  if (status === 'withdrawn' || status === 'abolished') {
    delete next.pendingChange;
    delete next.publicity;
  }
  return done(next, [
    {
      kind: status === 'withdrawn' ? 'withdrawn' : 'status-changed',
      date: context.today,
      statusBefore: item.status,
      statusAfter: status,
      ...(note ? { note } : {}),
    },
  ]);
}

/** Why a publicised item may not be charged yet, if it may not. */
function chargeableBlocker(item: FeeItem, context: LifecycleContext): Transition | undefined {
  const publicity = publicityOf(item)!;
  if (context.openObjections > 0) {
    return fail(
      'fee.objections_open',
      `${context.openObjections} objection(s) to "${item.id}" are open; it may be charged only when none is.`,
    );
  }
  if (context.today <= publicity.endsOn) {
    return fail(
      'fee.publicity_running',
      `The publicity of "${item.id}" runs until ${publicity.endsOn}; it may not be charged before it ends.`,
    );
  }
  if (context.today < item.effectiveFrom) {
    return fail('fee.publicity_running', `"${item.id}" is to be charged from ${item.effectiveFrom}.`);
  }
  return undefined;
}

function becomeEffective(item: FeeItem): FeeItem {
  const { publicity: _publicity, ...rest } = item;
  return { ...rest, status: 'effective' };
}

function decide(
  item: FeeItem,
  event: Extract<FeeEvent, { type: 'objection-decided' }>,
  context: LifecycleContext,
): Transition {
  const record: HistoryDraft = {
    kind: event.decision === 'upheld' ? 'objection-upheld' : 'objection-dismissed',
    date: context.today,
    objectionReference: event.reference,
    note: event.resolution,
  };
  if (event.decision === 'dismissed') return done(item, [record], false);
  // Upheld: what was publicised is withdrawn (a new item, or a raise); the old standard stays.
  if (item.status === 'publicised') {
    const { publicity: _publicity, pendingChange: _pending, ...rest } = item;
    return done({ ...rest, status: 'withdrawn' }, [
      { ...record, statusBefore: 'publicised', statusAfter: 'withdrawn' },
    ]);
  }
  if (item.pendingChange?.publicity) {
    const { pendingChange, ...rest } = item;
    return done(rest, [{ ...record, standardBefore: item.standard, standardAfter: pendingChange.standard }]);
  }
  return done(item, [record], false);
}

function tick(item: FeeItem, context: LifecycleContext): Transition {
  if (item.status === 'publicised') {
    if (chargeableBlocker(item, context)) return done(item, [], false);
    return done(becomeEffective(item), [
      {
        kind: 'effective',
        date: item.effectiveFrom,
        statusBefore: 'publicised',
        statusAfter: 'effective',
        standardAfter: item.standard,
      },
    ]);
  }
  const pending = item.pendingChange;
  if (!pending || (item.status !== 'effective' && item.status !== 'suspended')) return done(item, [], false);
  if (context.today < pending.effectiveFrom) return done(item, [], false);
  if (pending.publicity && (context.today <= pending.publicity.endsOn || context.openObjections > 0)) {
    return done(item, [], false);
  }
  const { pendingChange: _pending, ...rest } = item;
  return done({ ...rest, standard: pending.standard, effectiveFrom: pending.effectiveFrom }, [
    {
      kind: 'standard-changed',
      date: pending.effectiveFrom,
      standardBefore: item.standard,
      standardAfter: pending.standard,
      ...withPercent(item.standard, pending.standard),
    },
  ]);
}
