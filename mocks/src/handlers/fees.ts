import { http, HttpResponse, type DefaultBodyType, type HttpHandler, type PathParams } from 'msw';
import {
  createFeeSearchIndex,
  localeFromAcceptLanguage as contractsLocaleFromAcceptLanguage,
  parseFeeListParams,
  type FeeItem,
  type FeeListResponse,
  type FeeQuery,
  type Locale,
  type Port,
  type Problem,
} from '@sw/contracts';
import { FEES, FEES_AS_OF } from '../data/fees.ts';
import { ORGANISATIONS, PORTS, type Organisation } from '../data/organisations.ts';
import { notFoundProblem, validationProblem, type FieldError } from './problem.ts';

export interface MockApiOptions {
  /**
   * Prefix the handlers listen on. The default `*\/api` matches `/api/...` on any origin (the
   * shell's dev server, a module's standalone dev server, `http://localhost` in tests).
   */
  baseUrl?: string;
  fees?: readonly FeeItem[];
  ports?: readonly Port[];
  organisations?: readonly Organisation[];
  /** Reported as `asOf` in fee list responses. */
  asOf?: string;
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

/**
 * Handlers for the fee directory's API: `GET /fees` (search, filters and optional `limit`/`offset`
 * paging, `total` counting every match), `GET /fees/:id`,
 * `GET /ports` and `GET /organisations` (both plain JSON arrays).
 */
export function createFeeHandlers(options: MockApiOptions = {}): HttpHandler[] {
  const base = (options.baseUrl ?? '*/api').replace(/\/+$/, '');
  const fees = options.fees ?? FEES;
  const ports = options.ports ?? PORTS;
  const organisations = options.organisations ?? ORGANISATIONS;
  const asOf = options.asOf ?? FEES_AS_OF;
  const index = createFeeSearchIndex(fees);

  return [
    http.get<PathParams, DefaultBodyType, FeeListResponse | Problem>(`${base}/fees`, ({ request }) => {
      const url = new URL(request.url);
      const result = parseFeeListParams(url.searchParams);
      if (!result.ok) return validationProblem(result.errors, url.pathname);
      const locale = localeFromAcceptLanguage(request.headers.get('accept-language'));
      const matching = index.search(result.query, locale);
      const { limit, offset = 0 } = result.page;
      const items = limit === undefined ? matching.slice(offset) : matching.slice(offset, offset + limit);
      return HttpResponse.json<FeeListResponse>({ items, total: matching.length, asOf });
    }),
    http.get<{ id: string }, DefaultBodyType, FeeItem | Problem>(`${base}/fees/:id`, ({ request, params }) => {
      const item = fees.find((fee) => fee.id === params.id);
      if (!item) {
        return notFoundProblem('fee.not_found', `No fee item with id "${params.id}".`, new URL(request.url).pathname);
      }
      return HttpResponse.json<FeeItem>(item);
    }),
    http.get(`${base}/ports`, () => HttpResponse.json<Port[]>([...ports])),
    http.get(`${base}/organisations`, () => HttpResponse.json<Organisation[]>([...organisations])),
  ];
}
