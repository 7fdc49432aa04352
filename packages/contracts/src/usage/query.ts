import { z } from 'zod';
import type { FieldError } from '../api/fees.ts';
import { PORT_IDS, portIdSchema, type PortId } from '../ports.ts';
import {
  USAGE_BUSINESSES,
  USAGE_MODES,
  usageBusinessSchema,
  usageModeSchema,
  type UsageBusiness,
  type UsageMode,
} from './businesses.ts';
import { USAGE_MONTH_PATTERN, usageMonthSchema } from './months.ts';

/** Filters of `GET /api/usage/figures`; every list means "any of", different filters combine with AND. */
export interface UsageFigureQuery {
  business?: UsageBusiness[];
  port?: PortId[];
  mode?: UsageMode[];
  /** First month included (YYYY-MM). */
  from?: string;
  /** Last month included (YYYY-MM). */
  to?: string;
}

/** Filters of `GET /api/usage/clearance-times`. */
export type UsageClearanceQuery = Omit<UsageFigureQuery, 'business'>;

export type UsageParamsResult<Q> = { ok: true; query: Q } | { ok: false; errors: FieldError[] };

const LIST_SCHEMAS = { business: usageBusinessSchema, port: portIdSchema, mode: usageModeSchema } as const;
type ListKey = keyof typeof LIST_SCHEMAS;

function readParams<Q extends UsageFigureQuery>(
  params: URLSearchParams,
  lists: readonly ListKey[],
): UsageParamsResult<Q> {
  const query: Record<string, unknown> = {};
  const errors: FieldError[] = [];
  for (const key of lists) {
    const values = params
      .getAll(key)
      .flatMap((value) => value.split(','))
      .filter(Boolean);
    if (!values.length) continue;
    const schema = LIST_SCHEMAS[key];
    for (const value of values) {
      if (!schema.safeParse(value).success) {
        errors.push({
          path: key,
          message: `"${value}" is not one of: ${schema.options.join(', ')}`,
          code: 'invalid_value',
        });
      }
    }
    query[key] = [...new Set(values)];
  }
  for (const key of ['from', 'to'] as const) {
    const value = params.get(key);
    if (!value) continue;
    if (!USAGE_MONTH_PATTERN.test(value))
      errors.push({ path: key, message: `"${value}" is not a month (YYYY-MM)`, code: 'invalid_format' });
    query[key] = value;
  }
  if (!errors.length && typeof query.from === 'string' && typeof query.to === 'string' && query.from > query.to) {
    errors.push({ path: 'to', message: `${query.to} is before from (${query.from})`, code: 'too_small' });
  }
  return errors.length ? { ok: false, errors } : { ok: true, query: query as Q };
}

/** Reads the figures' query string as the API does (server and mocks): one error per bad value. */
export function parseUsageFigureParams(params: URLSearchParams): UsageParamsResult<UsageFigureQuery> {
  return readParams<UsageFigureQuery>(params, ['business', 'port', 'mode']);
}

export function parseUsageClearanceParams(params: URLSearchParams): UsageParamsResult<UsageClearanceQuery> {
  return readParams<UsageClearanceQuery>(params, ['port', 'mode']);
}

/** `GET /api/usage/revisions`: the one figure whose history is asked for. */
export const usageRevisionsQuerySchema = z.object({
  business: usageBusinessSchema,
  port: portIdSchema,
  month: usageMonthSchema,
});
export type UsageRevisionsQuery = z.infer<typeof usageRevisionsQuerySchema>;

/** Reads `business`, `port` and `month` of `GET /api/usage/revisions` (all three required). */
export function parseUsageRevisionParams(params: URLSearchParams): UsageParamsResult<UsageRevisionsQuery> {
  const raw = Object.fromEntries(['business', 'port', 'month'].map((key) => [key, params.get(key) ?? undefined]));
  const parsed = usageRevisionsQuerySchema.safeParse(raw);
  if (parsed.success) return { ok: true, query: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => ({
      path: issue.path.join('.'),
      message: raw[String(issue.path[0])] === undefined ? 'required' : issue.message,
      code: issue.code,
    })),
  };
}

/** Does a figure (or clearance time) pass the filters? `modeOf` gives each port's drill-down group. */
export function matchesUsageQuery(
  item: { port: PortId; month: string; business?: UsageBusiness },
  query: UsageFigureQuery,
  modeOf: (port: PortId) => UsageMode,
): boolean {
  if (query.business && item.business && !query.business.includes(item.business)) return false;
  if (query.port && !query.port.includes(item.port)) return false;
  if (query.mode && !query.mode.includes(modeOf(item.port))) return false;
  if (query.from && item.month < query.from) return false;
  if (query.to && item.month > query.to) return false;
  return true;
}

/** The API's order: business (goods, manifest, transport), then port (as in `PORT_IDS`), then month. */
export function compareUsageItems(
  a: { port: PortId; month: string; business?: UsageBusiness },
  b: { port: PortId; month: string; business?: UsageBusiness },
): number {
  const business = USAGE_BUSINESSES.indexOf(a.business ?? 'goods') - USAGE_BUSINESSES.indexOf(b.business ?? 'goods');
  if (business) return business;
  const port = PORT_IDS.indexOf(a.port) - PORT_IDS.indexOf(b.port);
  if (port) return port;
  return a.month < b.month ? -1 : a.month > b.month ? 1 : 0;
}

const anyOf = (values: readonly string[]) => `Comma-separated list, any of: ${values.join(', ')}.`;

/** The query parameters as plain strings, for the OpenAPI document (requests are read by the parsers above). */
export const usageFigureQueryParamsSchema = z.object({
  business: z
    .string()
    .optional()
    .meta({ description: anyOf(USAGE_BUSINESSES), example: 'goods,manifest' }),
  port: z
    .string()
    .optional()
    .meta({ description: anyOf(PORT_IDS), example: 'yantian' }),
  mode: z
    .string()
    .optional()
    .meta({ description: `${anyOf(USAGE_MODES)} Land covers road and rail ports.` }),
  from: z.string().optional().meta({ description: 'First month included, YYYY-MM.', example: '2020-01' }),
  to: z.string().optional().meta({ description: 'Last month included, YYYY-MM.', example: '2020-12' }),
});
export const usageClearanceQueryParamsSchema = usageFigureQueryParamsSchema.omit({ business: true });
