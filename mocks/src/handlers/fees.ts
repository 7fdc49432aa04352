import { http, HttpResponse, type DefaultBodyType, type HttpHandler, type PathParams } from 'msw';
import {
  createFeeSearchIndex,
  feeOpenData,
  feeReductionQuerySchema,
  feesToCsv,
  fieldErrorsFromZod,
  isReduction,
  localeFromAcceptLanguage as contractsLocaleFromAcceptLanguage,
  parseFeeListParams,
  type FeeHistoryResponse,
  type FeeItem,
  type FeeListResponse,
  type FeeQuery,
  type FeeReductionList,
  type FeeSearchIndex,
  type Locale,
  type Port,
  type Problem,
} from '@sw/contracts';
import { ORGANISATIONS, PORTS, type Organisation } from '../data/organisations.ts';
import { createFeeObjectionHandlers } from './feesObjections.ts';
import { MockFeeStore, type MockFeeStoreOptions } from './feesStore.ts';
import { createFeeWriteHandlers } from './feesWrites.ts';
import { notFoundProblem, validationProblem, type FieldError } from './problem.ts';

export interface MockApiOptions extends MockFeeStoreOptions {
  /**
   * Prefix the handlers listen on. The default `*\/api` matches `/api/...` on any origin (the
   * shell's dev server, a module's standalone dev server, `http://localhost` in tests).
   */
  baseUrl?: string;
  ports?: readonly Port[];
  organisations?: readonly Organisation[];
  /** The data behind the handlers; a fresh store from the other options when absent. */
  store?: MockFeeStore;
}

export type StrictFeeQueryResult = { ok: true; query: FeeQuery } | { ok: false; errors: FieldError[] };

/**
 * Reads a fee query like `feeQueryFromSearchParams` (lists comma-separated; repeated parameters are
 * accepted too) but rejects invalid values instead of dropping them, as an API should: one error
 * per bad value, with the query parameter as `path`. Unknown parameters are ignored.
 * (`parseFeeListParams` in `@sw/contracts` does the work, paging included; the server uses it too.)
 */
export function parseFeeQueryStrict(params: URLSearchParams): StrictFeeQueryResult {
  const result = parseFeeListParams(params);
  return result.ok ? { ok: true, query: result.query } : result;
}

/** Picks the suite locale from an Accept-Language header (zh-TW/zh-Hant/zh-MO read as zh-HK). */
export const localeFromAcceptLanguage: (header: string | null) => Locale = contractsLocaleFromAcceptLanguage;

/** The default store behind `handlers`: `mockFeeStore.reset()` restores the demo data. */
export const mockFeeStore = new MockFeeStore();

/**
 * Handlers for the fee directory's API: the catalogue (`GET /fees` with search, filters and
 * paging; `GET /fees/:id`), each item's history, the reductions since a date, the open data (JSON
 * and CSV), `GET /ports` and `GET /organisations`, and the writes: operators' create, change,
 * import and withdrawal, objections and the regulator's decisions (see feesWrites.ts and
 * feesObjections.ts), all through the lifecycle in @sw/contracts.
 */
export function createFeeHandlers(options: MockApiOptions = {}): HttpHandler[] {
  const base = (options.baseUrl ?? '*/api').replace(/\/+$/, '');
  const store =
    options.store ??
    (options.fees || options.now || options.asOf || options.history ? new MockFeeStore(options) : mockFeeStore);
  const ports = options.ports ?? PORTS;
  const organisations = options.organisations ?? ORGANISATIONS;
  let index: { version: number; search: FeeSearchIndex } | undefined;
  const searchIndex = () => {
    store.tick();
    if (index?.version !== store.version) index = { version: store.version, search: createFeeSearchIndex(store.items) };
    return index.search;
  };
  const instance = (request: Request) => new URL(request.url).pathname;

  return [
    http.get<PathParams, DefaultBodyType, FeeListResponse | Problem>(`${base}/fees`, ({ request }) => {
      const url = new URL(request.url);
      const result = parseFeeListParams(url.searchParams);
      if (!result.ok) return validationProblem(result.errors, url.pathname);
      const locale = localeFromAcceptLanguage(request.headers.get('accept-language'));
      const matching = searchIndex().search(result.query, locale);
      const { limit, offset = 0 } = result.page;
      const items = limit === undefined ? matching.slice(offset) : matching.slice(offset, offset + limit);
      return HttpResponse.json<FeeListResponse>({ items, total: matching.length, asOf: store.asOf });
    }),
    http.get<PathParams, DefaultBodyType, FeeReductionList | Problem>(`${base}/fees/reductions`, ({ request }) => {
      const url = new URL(request.url);
      const query = feeReductionQuerySchema.safeParse({ since: url.searchParams.get('since') ?? undefined });
      if (!query.success) return validationProblem(fieldErrorsFromZod(query.error), url.pathname);
      store.tick();
      const byId = new Map(store.items.map((item) => [item.id, item]));
      const items = store.history
        .filter((entry) => isReduction(entry) && entry.date >= query.data.since && byId.has(entry.feeId))
        .sort((a, b) =>
          a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.feeId === b.feeId ? 0 : a.feeId < b.feeId ? -1 : 1,
        )
        .map((entry) => {
          const fee = byId.get(entry.feeId)!;
          const { id, code, name, chargingBody, category, unit, ports: itemPorts, status } = fee;
          return { fee: { id, code, name, chargingBody, category, unit, ports: itemPorts, status }, entry };
        });
      return HttpResponse.json<FeeReductionList>({ since: query.data.since, items });
    }),
    http.get(`${base}/open-data/fees.json`, () => {
      store.tick();
      return HttpResponse.json(feeOpenData(store.items, store.asOf), {
        headers: { 'Cache-Control': 'public, max-age=300' },
      });
    }),
    http.get(`${base}/open-data/fees.csv`, () => {
      store.tick();
      return new HttpResponse(feesToCsv(store.items), {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': 'attachment; filename="shenzhen-port-charges.csv"',
          'Cache-Control': 'public, max-age=300',
        },
      });
    }),
    http.get<{ id: string }, DefaultBodyType, FeeItem | Problem>(`${base}/fees/:id`, ({ request, params }) => {
      store.tick();
      const item = store.get(params.id);
      if (!item) return notFoundProblem('fee.not_found', `No fee item with id "${params.id}".`, instance(request));
      return HttpResponse.json<FeeItem>(item);
    }),
    http.get<{ id: string }, DefaultBodyType, FeeHistoryResponse | Problem>(
      `${base}/fees/:id/history`,
      ({ request, params }) => {
        store.tick();
        if (!store.get(params.id)) {
          return notFoundProblem('fee.not_found', `No fee item with id "${params.id}".`, instance(request));
        }
        const entries = store.history.filter((entry) => entry.feeId === params.id);
        return HttpResponse.json<FeeHistoryResponse>({ feeId: params.id, entries });
      },
    ),
    http.get(`${base}/ports`, () => HttpResponse.json<Port[]>([...ports])),
    http.get(`${base}/organisations`, () => HttpResponse.json<Organisation[]>([...organisations])),
    ...createFeeWriteHandlers(base, store),
    ...createFeeObjectionHandlers(base, store),
  ];
}
