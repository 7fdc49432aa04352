import { z } from 'zod';
import { PORT_IDS } from '../ports.ts';
import { fieldErrorsFromQuery } from './fieldErrors.ts';
import { FEE_SORT_KEYS, feeQuerySchema, type FeeQuery } from '../fees/query.ts';
import {
  FEE_CATEGORIES,
  FEE_STATUSES,
  FEE_UNITS,
  PRICING_TYPES,
  feeItemSchema,
  feeStatusSchema,
} from '../fees/schema.ts';

export type FieldError = { path: string; message: string; code?: string };

// ---------------------------------------------------------------------------------------------
// GET /api/fees: query string

/** Paging of the fee list: absent `limit` means every matching item (the list stays `total` long). */
export const FEE_LIST_MAX_LIMIT = 500;
export const feeListPageSchema = z.object({
  limit: z.coerce.number().int().min(1).max(FEE_LIST_MAX_LIMIT).optional(),
  offset: z.coerce.number().int().min(0).optional(),
});
export type FeeListPage = z.infer<typeof feeListPageSchema>;

export type FeeListParamsResult =
  { ok: true; query: FeeQuery; page: FeeListPage } | { ok: false; errors: FieldError[] };

const SCALAR_KEYS = ['q', 'sort', 'order'] as const;
const LIST_KEYS = ['port', 'chargingBody', 'category', 'pricingType', 'unit', 'status'] as const;
const PAGE_KEYS = ['limit', 'offset'] as const;

/**
 * Reads the fee list's query string as the API does: lists comma-separated (repeated parameters
 * are accepted too), invalid values rejected with one error per bad value, the query parameter as
 * `path`; unknown parameters ignored. Server and mocks both answer with this parser.
 */
export function parseFeeListParams(params: URLSearchParams): FeeListParamsResult {
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
  const rawPage: Record<string, string> = {};
  for (const key of PAGE_KEYS) {
    const value = params.get(key);
    if (value) rawPage[key] = value;
  }
  const parsed = feeQuerySchema.safeParse(raw);
  const page = feeListPageSchema.safeParse(rawPage);
  if (parsed.success && page.success) return { ok: true, query: parsed.data, page: page.data };
  const errors = parsed.error ? fieldErrorsFromQuery(raw, parsed.error) : [];
  for (const issue of page.error?.issues ?? []) {
    errors.push({ path: String(issue.path[0] ?? ''), message: issue.message, code: issue.code });
  }
  return { ok: false, errors };
}

const anyOf = (values: readonly string[]) => `Comma-separated list, any of: ${values.join(', ')}.`;

/**
 * The query parameters of `GET /api/fees` as plain strings, for the OpenAPI document.
 * Requests are read with `parseFeeListParams`, which validates each value.
 */
export const feeListQueryParamsSchema = z.object({
  q: z.string().optional().meta({
    description:
      'Search text (at most 100 characters): matches the code, name, charging body and service in every language, ignoring case, width and spaces.',
  }),
  port: z
    .string()
    .optional()
    .meta({ description: anyOf(PORT_IDS), example: 'yantian,shekou' }),
  chargingBody: z.string().optional().meta({ description: 'Comma-separated organisation ids, any of.' }),
  category: z
    .string()
    .optional()
    .meta({ description: anyOf(FEE_CATEGORIES) }),
  pricingType: z
    .string()
    .optional()
    .meta({ description: anyOf(PRICING_TYPES) }),
  unit: z
    .string()
    .optional()
    .meta({ description: anyOf(FEE_UNITS) }),
  status: z
    .string()
    .optional()
    .meta({ description: anyOf(FEE_STATUSES) }),
  sort: z
    .string()
    .optional()
    .meta({ description: `One of: ${FEE_SORT_KEYS.join(', ')}. Catalogue order without it.` }),
  order: z.string().optional().meta({ description: 'asc (default) or desc.' }),
  limit: z
    .string()
    .optional()
    .meta({ description: `Page size, 1 to ${FEE_LIST_MAX_LIMIT}; every matching item without it.` }),
  offset: z.string().optional().meta({ description: 'Items to skip (with limit).' }),
});

// ---------------------------------------------------------------------------------------------
// Writes (operators and admins)

const editable = feeItemSchema.pick({
  code: true,
  name: true,
  category: true,
  service: true,
  standard: true,
  unit: true,
  pricingType: true,
  legalBasis: true,
  payment: true,
  ports: true,
  effectiveFrom: true,
  source: true,
  appliesTo: true,
}).shape;

export const FEE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{2,79}$/;

/**
 * `POST /api/fees`. A new item always starts as `publicised` (announced, objections open, not yet
 * chargeable) for a publicity period of working days; a start date inside the period moves to the
 * day after it. An operator's item belongs to its own organisation (`chargingBodyId` may be omitted,
 * or must be its own); an admin names the organisation. The id is generated unless given.
 */
export const feeCreateRequestSchema = z
  .strictObject({
    ...editable,
    id: z.string().regex(FEE_ID_PATTERN, 'lower-case letters, digits and hyphens, 3 to 80 characters').optional(),
    chargingBodyId: z.string().min(1).optional(),
    /** Illustrative (example) values rather than official figures. */
    demo: z.boolean().default(false),
  })
  .meta({ id: 'FeeCreateRequest' });
export type FeeCreateRequest = z.infer<typeof feeCreateRequestSchema>;
export type FeeCreateRequestInput = z.input<typeof feeCreateRequestSchema>;

/**
 * `PATCH /api/fees/:id`: any editable field, and a status change along `FEE_STATUS_TRANSITIONS`.
 * A higher standard on an effective item is publicised as a pending change; a lower one applies
 * from `effectiveFrom` (today when absent). `note` says why (kept in the item's history).
 */
export const feeUpdateRequestSchema = z
  .strictObject({
    ...z.object(editable).partial().shape,
    demo: z.boolean().optional(),
    status: feeStatusSchema.optional(),
    note: z.string().trim().min(1).max(500).optional(),
  })
  .refine((body) => Object.keys(body).some((key) => key !== 'note'), { message: 'nothing to update' })
  .meta({ id: 'FeeUpdateRequest' });
export type FeeUpdateRequest = z.infer<typeof feeUpdateRequestSchema>;

export { FEE_STATUS_TRANSITIONS } from '../fees/lifecycle.ts';

// ---------------------------------------------------------------------------------------------
// Bulk import (operators: their own list; admins: a named organisation's)

/** Most rows one import may hold. */
export const FEE_IMPORT_MAX_ROWS = 5000;

/** One row of an import: an item of the organisation's list, matched to its current items by `code`. */
export const feeImportItemSchema = z
  .strictObject({ ...editable, demo: z.boolean().default(false) })
  .meta({ id: 'FeeImportItem' });
export type FeeImportItem = z.infer<typeof feeImportItemSchema>;

/**
 * `POST /api/fees/import`: all rows in one transaction. A new code is publicised as a new item; a
 * known code of the organisation changes that item as `PATCH` would. Any invalid row refuses the
 * whole import (`400 validation.failed`, paths `items.<row>.<field>`): nothing is written.
 */
export const feeImportRequestSchema = z
  .strictObject({
    chargingBodyId: z.string().min(1).optional(),
    items: z.array(feeImportItemSchema).min(1).max(FEE_IMPORT_MAX_ROWS),
  })
  .meta({ id: 'FeeImportRequest' });
export type FeeImportRequest = z.infer<typeof feeImportRequestSchema>;
export type FeeImportRequestInput = z.input<typeof feeImportRequestSchema>;

export const feeImportResultSchema = z
  .object({
    created: z.number().int().nonnegative(),
    updated: z.number().int().nonnegative(),
    unchanged: z.number().int().nonnegative(),
    /** The created and changed items as they are now. */
    items: z.array(feeItemSchema),
  })
  .meta({ id: 'FeeImportResult' });
export type FeeImportResult = z.infer<typeof feeImportResultSchema>;
