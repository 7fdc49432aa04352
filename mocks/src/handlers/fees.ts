import { http, HttpResponse, type DefaultBodyType, type HttpHandler, type PathParams } from 'msw';
import {
  DEFAULT_LOCALE,
  LOCALES,
  createFeeSearchIndex,
  feeQuerySchema,
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

const SCALAR_KEYS = ['q', 'sort', 'order'] as const;
const LIST_KEYS = ['port', 'chargingBody', 'category', 'pricingType', 'unit', 'status'] as const;

export type StrictFeeQueryResult = { ok: true; query: FeeQuery } | { ok: false; errors: FieldError[] };

/**
 * Reads a fee query like `feeQueryFromSearchParams` (lists comma-separated; repeated parameters are
 * accepted too) but rejects invalid values instead of dropping them, as an API should: one error
 * per bad value, with the query parameter as `path`. Unknown parameters are ignored.
 */
export function parseFeeQueryStrict(params: URLSearchParams): StrictFeeQueryResult {
  const raw: Record<string, unknown> = {};
  for (const key of SCALAR_KEYS) {
    const value = params.get(key);
    if (value) raw[key] = value;
  }
  for (const key of LIST_KEYS) {
    const values = params
      .getAll(key)
      .flatMap((value) => value.split(','))
      .filter(Boolean);
    if (values.length) raw[key] = values;
  }
  const parsed = feeQuerySchema.safeParse(raw);
  if (parsed.success) return { ok: true, query: parsed.data };
  const errors = parsed.error.issues.map((issue): FieldError => {
    const [key, index] = issue.path;
    const path = String(key ?? '');
    const field = raw[path];
    const value = Array.isArray(field) && typeof index === 'number' ? field[index] : field;
    const message =
      issue.code === 'invalid_value'
        ? `"${String(value)}" is not one of: ${issue.values.map(String).join(', ')}`
        : issue.message;
    return { path, message, code: issue.code };
  });
  return { ok: false, errors };
}

/** Picks the suite locale from an Accept-Language header (zh-TW/zh-Hant/zh-MO read as zh-HK). */
export function localeFromAcceptLanguage(header: string | null): Locale {
  for (const part of (header ?? '').split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase() ?? '';
    if (!tag || tag === '*') continue;
    const exact = LOCALES.find((locale) => locale.toLowerCase() === tag);
    if (exact) return exact;
    if (tag.startsWith('en')) return 'en';
    if (/^zh-(hk|tw|mo|hant)/.test(tag)) return 'zh-HK';
    if (tag.startsWith('zh')) return 'zh-CN';
  }
  return DEFAULT_LOCALE;
}

/**
 * Handlers for the fee directory's API: `GET /fees` (search and filters), `GET /fees/:id`,
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
      const result = parseFeeQueryStrict(url.searchParams);
      if (!result.ok) return validationProblem(result.errors, url.pathname);
      const locale = localeFromAcceptLanguage(request.headers.get('accept-language'));
      const items = index.search(result.query, locale);
      return HttpResponse.json<FeeListResponse>({ items, total: items.length, asOf });
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
