import {
  backdatingError,
  checkActualsRows,
  coverageOf,
  currentStandards,
  latestVersion,
  repeatsVersion,
  shenzhenDate,
  shenzhenMonth,
  sortMonthlyActuals,
  toMonthlyActual,
  withStatuses,
  type ActualsListQuery,
  type ActualsUploadRequest,
  type ActualsUploadResponse,
  type CoverageResponse,
  type FieldError,
  type MonthlyActual,
  type ServiceOperation,
  type ServiceStandard,
  type StandardListQuery,
  type StandardPublishRequest,
  type StandardVersion,
  type Terminal,
} from '@sw/contracts';
import { MONTHLY_ACTUALS, type StoredActual } from '../data/serviceTimesActuals.ts';
import { STANDARD_VERSIONS } from '../data/serviceTimesStandards.ts';
import { TERMINALS } from '../data/serviceTimesTerminals.ts';

/** Why a write was refused, in the terms the handlers turn into problem responses. */
export type ServiceTimesRefusal =
  | { kind: 'validation'; errors: FieldError[] }
  | { kind: 'unchanged'; detail: string }
  | { kind: 'not-found'; code: 'terminal.not_found' | 'service_standard.not_found'; detail: string };

export type StoreResult<T> = { ok: true; value: T } | { ok: false; refusal: ServiceTimesRefusal };

const actualKey = (row: { terminalId: string; operation: string; month: string }) =>
  `${row.terminalId}\n${row.operation}\n${row.month}`;

/**
 * The service-time data behind the mock API, in memory: the same rules as the reference server
 * (the shared functions of @sw/contracts), so a module behaves alike against either.
 */
export function createServiceTimesMockStore(now: () => Date = () => new Date()) {
  let versions: StandardVersion[] = [];
  let actuals = new Map<string, StoredActual>();
  const terminals: readonly Terminal[] = TERMINALS;
  const terminalOrder = terminals.map((terminal) => terminal.id);

  const reset = () => {
    versions = STANDARD_VERSIONS.map((version) => ({ ...version }));
    actuals = new Map(MONTHLY_ACTUALS.map((row) => [actualKey(row), { ...row }]));
  };
  reset();

  const terminal = (id: string) => terminals.find((candidate) => candidate.id === id);
  const versionsOf = (terminalId: string) => versions.filter((version) => version.terminalId === terminalId);
  const notFound = (id: string): StoreResult<never> => ({
    ok: false,
    refusal: { kind: 'not-found', code: 'terminal.not_found', detail: `No terminal with id "${id}".` },
  });

  return {
    reset,
    terminals: () => terminals,
    terminal,

    standards(query: StandardListQuery): { items: ServiceStandard[]; asOf: string } {
      const today = shenzhenDate(now());
      const items = currentStandards(versions, today, terminalOrder).filter(
        (standard) =>
          (!query.terminal || query.terminal.includes(standard.terminalId)) &&
          (!query.operation || query.operation.includes(standard.operation)),
      );
      return { items, asOf: today };
    },

    history(terminalId: string, operation: ServiceOperation): StoreResult<ServiceStandard[]> {
      if (!terminal(terminalId)) return notFound(terminalId);
      const own = versionsOf(terminalId).filter((version) => version.operation === operation);
      if (!own.length) {
        return {
          ok: false,
          refusal: {
            kind: 'not-found',
            code: 'service_standard.not_found',
            detail: `Terminal "${terminalId}" has published no standard for ${operation}.`,
          },
        };
      }
      const items = withStatuses(own, shenzhenDate(now())).sort((a, b) => b.version - a.version);
      return { ok: true, value: items };
    },

    coverage(): CoverageResponse {
      return coverageOf(terminalOrder, versions, shenzhenDate(now()));
    },

    /** Checks a publication against the data; call after authorising it. */
    publish(terminalId: string, request: StandardPublishRequest, publishedAt: string): StoreResult<ServiceStandard> {
      const today = shenzhenDate(now());
      const backdated = backdatingError(request.effectiveFrom, today);
      if (backdated) return { ok: false, refusal: { kind: 'validation', errors: [backdated] } };
      const own = versionsOf(terminalId).filter((version) => version.operation === request.operation);
      const latest = latestVersion(own);
      if (repeatsVersion(request, latest)) {
        return {
          ok: false,
          refusal: { kind: 'unchanged', detail: `Version ${latest!.version} already says exactly this.` },
        };
      }
      const { demo, changeNote, ...content } = request;
      const created: StandardVersion = {
        terminalId,
        ...content,
        version: (latest?.version ?? 0) + 1,
        publishedAt,
        ...(changeNote ? { changeNote } : {}),
        demo,
      };
      versions.push(created);
      const [withStatus] = withStatuses([...own, created], today).slice(-1);
      return { ok: true, value: withStatus! };
    },

    actuals(query: ActualsListQuery): MonthlyActual[] {
      const matching = [...actuals.values()].filter(
        (row) =>
          (!query.terminal || query.terminal.includes(row.terminalId)) &&
          (!query.operation || query.operation.includes(row.operation)) &&
          (!query.from || row.month >= query.from) &&
          (!query.to || row.month <= query.to),
      );
      return sortMonthlyActuals(matching, terminalOrder).map((row) => toMonthlyActual(row, versionsOf(row.terminalId)));
    },

    /** Writes every row or none; call after authorising it. */
    upload(terminalId: string, request: ActualsUploadRequest): StoreResult<ActualsUploadResponse> {
      const own = versionsOf(terminalId);
      const errors = checkActualsRows(request.rows, { versions: own, currentMonth: shenzhenMonth(now()) });
      if (errors.length) return { ok: false, refusal: { kind: 'validation', errors } };
      let replaced = 0;
      const items = request.rows.map((row) => {
        const stored: StoredActual = { ...row, terminalId, demo: false };
        if (actuals.has(actualKey(stored))) replaced++;
        actuals.set(actualKey(stored), stored);
        return toMonthlyActual(stored, own);
      });
      return { ok: true, value: { terminalId, created: items.length - replaced, replaced, items } };
    },
  };
}

export type ServiceTimesMockStore = ReturnType<typeof createServiceTimesMockStore>;
