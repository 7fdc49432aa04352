import type { Kysely, Transaction } from 'kysely';
import {
  API_ERROR_CODES,
  calendarDateInShenzhen,
  feeTransition,
  type FeeEvent,
  type FeeItem,
  type LifecycleContext,
  type Principal,
  type WorkingDayCalendar,
} from '@sw/contracts';
import { recordAudit } from '../audit/audit.ts';
import type { Services } from '../context.ts';
import { META, writeMeta } from '../db/meta.ts';
import type { Database } from '../db/schema.ts';
import { ProblemError } from '../http/problem.ts';
import { insertHistory } from './history.ts';
import { loadFee, updateFeeRow } from './repository.ts';
import { feeDb } from './tables.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** Publicity settings: the period's length in working days and the holiday calendar. */
export interface PublicitySettings {
  workingDays: number;
  calendar: WorkingDayCalendar;
}

const settings = new WeakMap<Services, PublicitySettings>();
const sweptOn = new WeakMap<Services, string>();

export function configurePublicity(services: Services, value: PublicitySettings): void {
  settings.set(services, value);
}

export function publicitySettings(services: Services): PublicitySettings {
  return settings.get(services) ?? { workingDays: Number(process.env.FEE_PUBLICITY_WORKING_DAYS) || 10, calendar: {} };
}

export function todayOf(services: Services): string {
  return calendarDateInShenzhen(services.now());
}

export async function openObjectionCount(db: Db, feeId: string): Promise<number> {
  const row = await db
    .selectFrom('objections')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('fee_id', '=', feeId)
    .where('status', '=', 'open')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function lifecycleContext(services: Services, db: Db, feeId: string): Promise<LifecycleContext> {
  const { workingDays, calendar } = publicitySettings(services);
  return {
    today: todayOf(services),
    openObjections: await openObjectionCount(db, feeId),
    calendar,
    publicityWorkingDays: workingDays,
  };
}

export interface Applied {
  before: FeeItem;
  item: FeeItem;
  changed: boolean;
}

/**
 * Applies one lifecycle event to a stored item inside the caller's transaction: the pure
 * `feeTransition` decides; a refusal is a 409 problem with its code; the new state, its history
 * entries, the catalogue date and (when asked) an audit entry are written. Call
 * `services.catalogue.apply(item, at)` after the commit.
 */
export async function applyFeeEvent(
  services: Services,
  trx: Transaction<Database>,
  id: string,
  event: FeeEvent,
  stamp: { at: string; actor: Principal; requestId?: string | undefined; audit?: boolean },
): Promise<Applied> {
  const before = await loadFee(trx, id);
  if (!before) throw new ProblemError('fee.not_found', `No fee item with id "${id}".`);
  const result = feeTransition(before, event, await lifecycleContext(services, trx, id));
  if (!result.ok) {
    if (!(result.code in API_ERROR_CODES)) throw new Error(`unknown lifecycle code ${result.code}`);
    throw new ProblemError(result.code, result.detail);
  }
  await insertHistory(feeDb(trx), result.item, result.history, { at: stamp.at, actorId: stamp.actor.id });
  if (result.changed) {
    await updateFeeRow(trx, result.item, { at: stamp.at, by: stamp.actor.id });
    await writeMeta(trx, META.catalogueAsOf, stamp.at);
    if (stamp.audit !== false) {
      await recordAudit(trx, {
        at: stamp.at,
        actor: stamp.actor,
        action: 'update',
        resource: 'fee',
        resourceId: id,
        before,
        after: result.item,
        requestId: stamp.requestId,
      });
    }
  }
  return { before, item: result.item, changed: result.changed };
}

const CLOCK: Principal = { id: 'system:publicity-clock', role: 'admin', name: 'Publicity clock' };

/**
 * Lets time pass for every item with something due: publicity periods that ended with no open
 * objection take effect, pending changes whose date has come apply. Runs once per Shenzhen day,
 * on the first request of the day that touches fees (and right after an objection is dismissed).
 */
export async function sweepFees(services: Services, onlyId?: string): Promise<void> {
  const db = feeDb(services.db);
  const today = todayOf(services);
  // Only publicised items whose start date has come can take effect; pending changes are few.
  let query = db
    .selectFrom('fees')
    .select('id')
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'publicised'), eb('effective_from', '<=', today)]),
        eb('pending_json', 'is not', null),
      ]),
    );
  if (onlyId) query = query.where('id', '=', onlyId);
  const due = await query.execute();
  for (const { id } of due) {
    const at = services.now().toISOString();
    const applied = await services.db
      .transaction()
      .execute((trx) => applyFeeEvent(services, trx, id, { type: 'tick' }, { at, actor: CLOCK }));
    if (applied.changed) services.catalogue.apply(applied.item, at);
  }
}

/** Sweeps once per day; concurrent callers wait for the same sweep. */
export async function ensureSwept(services: Services): Promise<void> {
  const today = todayOf(services);
  if (sweptOn.get(services) === today) return;
  const running = sweeps.get(services);
  if (running) return running;
  const sweep = sweepFees(services)
    .then(() => void sweptOn.set(services, today))
    .finally(() => sweeps.delete(services));
  sweeps.set(services, sweep);
  return sweep;
}
const sweeps = new WeakMap<Services, Promise<void>>();
