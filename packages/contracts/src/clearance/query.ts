import { z } from 'zod';
import type { FieldError } from '../api/fees.ts';
import { fieldErrorsFromQuery } from '../api/fieldErrors.ts';
import { normaliseSearchText } from '../fees/query.ts';
import { portIdSchema } from '../ports.ts';
import {
  cargoCategorySchema,
  clearanceDirectionSchema,
  clearanceModeSchema,
  clearanceVariantSchema,
  traderTypeSchema,
  type ClearanceProcedure,
} from './schema.ts';

/** Filters of the procedure list: the same shape in the API query string and the page URL. */
export const procedureQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  mode: z.array(clearanceModeSchema).optional(),
  direction: z.array(clearanceDirectionSchema).optional(),
  port: z.array(portIdSchema).optional(),
  cargo: z.array(cargoCategorySchema).optional(),
  trader: z.array(traderTypeSchema).optional(),
  variant: z.array(clearanceVariantSchema).optional(),
});
export type ProcedureQuery = z.infer<typeof procedureQuerySchema>;

export const PROCEDURE_LIST_KEYS = ['mode', 'direction', 'port', 'cargo', 'trader', 'variant'] as const;
type ListKey = (typeof PROCEDURE_LIST_KEYS)[number];

function rawQuery(params: URLSearchParams): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  const q = params.get('q');
  if (q) raw.q = q;
  for (const key of PROCEDURE_LIST_KEYS) {
    const values = params
      .getAll(key)
      .flatMap((value) => value.split(','))
      .filter(Boolean);
    if (values.length) raw[key] = values;
  }
  return raw;
}

/** Reads the page URL: invalid values are dropped one by one, so a bad link loses nothing else. */
export function procedureQueryFromSearchParams(params: URLSearchParams): ProcedureQuery {
  const raw = rawQuery(params);
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const field = procedureQuerySchema.shape[key as keyof ProcedureQuery];
    if (Array.isArray(value)) {
      const items = value.filter((item) => field.safeParse([item]).success);
      if (items.length) kept[key] = [...new Set(items)];
    } else if (field.safeParse(value).success) kept[key] = value;
  }
  return procedureQuerySchema.parse(kept);
}

export type ProcedureQueryResult = { ok: true; query: ProcedureQuery } | { ok: false; errors: FieldError[] };

/** Reads the API query string: every bad value is refused with the parameter as `path`. */
export function parseProcedureQuery(params: URLSearchParams): ProcedureQueryResult {
  const raw = rawQuery(params);
  const parsed = procedureQuerySchema.safeParse(raw);
  if (parsed.success) return { ok: true, query: parsed.data };
  return { ok: false, errors: fieldErrorsFromQuery(raw, parsed.error) };
}

/** Writes the query for a URL: empty fields left out, a stable order for shareable links. */
export function procedureQueryToSearchParams(query: ProcedureQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const key of PROCEDURE_LIST_KEYS) {
    const list = query[key];
    if (list?.length) params.set(key, list.join(','));
  }
  return params;
}

type Filterable = Pick<
  ClearanceProcedure,
  'title' | 'summary' | 'modes' | 'directions' | 'ports' | 'cargo' | 'traderTypes' | 'variant'
>;

const FIELD_OF: Record<ListKey, (p: Filterable) => readonly string[]> = {
  mode: (p) => p.modes,
  direction: (p) => p.directions,
  port: (p) => p.ports,
  cargo: (p) => p.cargo,
  trader: (p) => p.traderTypes,
  variant: (p) => [p.variant],
};

/** A list filter means "any of"; different filters combine with AND; text matches every language. */
export function matchesProcedureQuery(procedure: Filterable, query: ProcedureQuery): boolean {
  for (const key of PROCEDURE_LIST_KEYS) {
    const wanted = query[key];
    if (wanted?.length && !FIELD_OF[key](procedure).some((value) => (wanted as readonly string[]).includes(value))) {
      return false;
    }
  }
  if (!query.q) return true;
  const needle = normaliseSearchText(query.q);
  if (!needle) return true;
  const haystack = normaliseSearchText(
    [...Object.values(procedure.title), ...Object.values(procedure.summary)].join('\u0000'),
  );
  return haystack.includes(needle);
}
