import type { Kysely } from 'kysely';
import type { ActualsListQuery, Terminal, StandardVersion } from '@sw/contracts';
import type { StoredActual } from '@sw/mocks/data';
import type { Database } from '../db/schema.ts';
import { rowToActual, rowToTerminal, rowToVersion } from './rows.ts';
import { serviceTimesDb } from './tables.ts';

/** The database or a transaction of it. */
type Db = Kysely<Database>;

/** Every terminal in listing order, with its operator's name. */
export async function loadTerminals(db: Db, id?: string): Promise<Terminal[]> {
  let select = serviceTimesDb(db)
    .selectFrom('service_terminals as t')
    .innerJoin('organisations as o', 'o.id', 't.organisation_id')
    .selectAll('t')
    .select(['o.name_zh_cn as operator_zh_cn', 'o.name_zh_hk as operator_zh_hk', 'o.name_en as operator_en']);
  if (id !== undefined) select = select.where('t.id', '=', id);
  const rows = await select.orderBy('t.position').execute();
  return rows.map(rowToTerminal);
}

export async function loadTerminal(db: Db, id: string): Promise<Terminal | undefined> {
  return (await loadTerminals(db, id))[0];
}

/** Standard versions (of one terminal, or all), oldest first. */
export async function loadVersions(db: Db, terminalId?: string): Promise<StandardVersion[]> {
  let select = serviceTimesDb(db).selectFrom('service_standards').selectAll();
  if (terminalId !== undefined) select = select.where('terminal_id', '=', terminalId);
  const rows = await select.orderBy('terminal_id').orderBy('operation').orderBy('version').execute();
  return rows.map(rowToVersion);
}

/** Reported months matching the query (unsorted; callers sort with `sortMonthlyActuals`). */
export async function loadActuals(db: Db, query: ActualsListQuery): Promise<StoredActual[]> {
  let select = serviceTimesDb(db).selectFrom('service_actuals').selectAll();
  if (query.terminal) select = select.where('terminal_id', 'in', query.terminal);
  if (query.operation) select = select.where('operation', 'in', query.operation);
  if (query.from) select = select.where('month', '>=', query.from);
  if (query.to) select = select.where('month', '<=', query.to);
  return (await select.execute()).map(rowToActual);
}
