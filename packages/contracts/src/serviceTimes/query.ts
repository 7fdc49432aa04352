import { z } from 'zod';
import type { FieldError } from '../api/fees.ts';
import { MONTH_PATTERN } from './dates.ts';
import { SERVICE_OPERATIONS, serviceOperationSchema, type ServiceOperation } from './operations.ts';

export interface StandardListQuery {
  terminal?: string[];
  operation?: ServiceOperation[];
}

export interface ActualsListQuery extends StandardListQuery {
  /** First month (YYYY-MM), inclusive. */
  from?: string;
  /** Last month (YYYY-MM), inclusive. */
  to?: string;
}

export type ServiceTimesParamsResult<Q> = { ok: true; query: Q } | { ok: false; errors: FieldError[] };

/** Comma-separated (or repeated) parameter values, blanks dropped. */
function listOf(params: URLSearchParams, key: string): string[] {
  return params
    .getAll(key)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
}

function readLists(params: URLSearchParams, errors: FieldError[]): StandardListQuery {
  const query: StandardListQuery = {};
  const terminals = listOf(params, 'terminal');
  if (terminals.length) query.terminal = terminals;
  const operations = listOf(params, 'operation');
  for (const value of operations) {
    if (!serviceOperationSchema.safeParse(value).success) {
      errors.push({
        path: 'operation',
        code: 'invalid_value',
        message: `"${value}" is not one of: ${SERVICE_OPERATIONS.join(', ')}`,
      });
    }
  }
  if (operations.length) query.operation = operations as ServiceOperation[];
  return query;
}

/**
 * `GET /api/service-times/standards`: `terminal` and `operation`, comma-separated, "any of".
 * Server and mocks both read requests with this, so they refuse the same values the same way.
 */
export function parseStandardListParams(params: URLSearchParams): ServiceTimesParamsResult<StandardListQuery> {
  const errors: FieldError[] = [];
  const query = readLists(params, errors);
  return errors.length ? { ok: false, errors } : { ok: true, query };
}

/** `GET /api/service-times/actuals`: the lists above plus a month range `from`–`to`. */
export function parseActualsListParams(params: URLSearchParams): ServiceTimesParamsResult<ActualsListQuery> {
  const errors: FieldError[] = [];
  const query: ActualsListQuery = readLists(params, errors);
  for (const key of ['from', 'to'] as const) {
    const value = params.get(key);
    if (!value) continue;
    if (MONTH_PATTERN.test(value)) query[key] = value;
    else errors.push({ path: key, code: 'invalid_format', message: `"${value}" is not a month as YYYY-MM` });
  }
  if (query.from && query.to && query.from > query.to) {
    errors.push({ path: 'to', code: 'too_small', message: `${query.to} is before ${query.from}` });
  }
  return errors.length ? { ok: false, errors } : { ok: true, query };
}

/** The query parameters as plain strings, for the OpenAPI document (requests are read with the parsers above). */
export const standardListQueryParamsSchema = z.object({
  terminal: z.string().optional().meta({ description: 'Comma-separated terminal ids, any of.', example: 'yict,sct' }),
  operation: z
    .string()
    .optional()
    .meta({ description: `Comma-separated, any of: ${SERVICE_OPERATIONS.join(', ')}.` }),
});

export const actualsListQueryParamsSchema = standardListQueryParamsSchema.extend({
  from: z.string().optional().meta({ description: 'First month, YYYY-MM (inclusive).', example: '2026-01' }),
  to: z.string().optional().meta({ description: 'Last month, YYYY-MM (inclusive).', example: '2026-10' }),
});

/** The `{operation}` of a path, checked with the same wording as the query parameters. */
export function parseOperationParam(value: string): ServiceTimesParamsResult<ServiceOperation> {
  const parsed = serviceOperationSchema.safeParse(value);
  if (parsed.success) return { ok: true, query: parsed.data };
  return {
    ok: false,
    errors: [
      {
        path: 'operation',
        code: 'invalid_value',
        message: `"${value}" is not one of: ${SERVICE_OPERATIONS.join(', ')}`,
      },
    ],
  };
}
