import { randomBytes } from 'node:crypto';
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import {
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENT_REPLAYED_HEADER,
  USAGE_TARGET,
  parseUsageClearanceParams,
  parseUsageFigureParams,
  parseUsageRevisionParams,
  usageClearanceQueryParamsSchema,
  usageClearanceTimesResponseSchema,
  usageFigureQueryParamsSchema,
  usageFiguresResponseSchema,
  usageImportListResponseSchema,
  usageImportRequestSchema,
  usageImportResultSchema,
  usageRevisionsQuerySchema,
  usageRevisionsResponseSchema,
  validateUsageImport,
  type UsageImportResult,
} from '@sw/contracts';
import { NATIONAL_CLEARANCE_TIMES } from '@sw/mocks/data';
import { recordAudit } from '../audit/audit.ts';
import { authorize } from '../auth/policy.ts';
import { principalOf, requestIdOf, type AppEnv, type ServiceHolder } from '../context.ts';
import { readMeta, writeMeta } from '../db/meta.ts';
import { ProblemError, validationError } from '../http/problem.ts';
import {
  applyImport,
  listClearanceTimes,
  listFigures,
  listImports,
  listRevisions,
  planImport,
} from '../usage/repository.ts';
import { USAGE_META, usageDb } from '../usage/tables.ts';
import { BEARER, COMMON_PROBLEMS, WRITE_PROBLEMS, jsonText, problemResponses, signedIn } from './common.ts';

const TAG = 'Usage rates';
const AUTH_PROBLEMS = ['auth.required', 'auth.invalid_token', 'auth.forbidden'] as const;

const listFiguresRoute = createRoute({
  method: 'get',
  path: '/api/usage/figures',
  tags: [TAG],
  summary: 'Single-window application rates: counts per business, port and month',
  description:
    'For each business (goods, manifest and means-of-transport declaration), port and month: declarations made ' +
    'through the single window and all declarations (the rate is their ratio), with the 100% target of measure 28. ' +
    'Lists are comma-separated and mean "any of"; `mode` groups ports into sea, air and land.',
  request: { query: usageFigureQueryParamsSchema },
  responses: {
    200: { description: 'Matching figures', content: { 'application/json': { schema: usageFiguresResponseSchema } } },
    ...problemResponses('validation.failed', ...COMMON_PROBLEMS),
  },
});

const revisionsRoute = createRoute({
  method: 'get',
  path: '/api/usage/revisions',
  tags: [TAG],
  summary: 'Every version of one figure (corrections keep their history)',
  request: { query: usageRevisionsQuerySchema },
  responses: {
    200: { description: 'Newest first', content: { 'application/json': { schema: usageRevisionsResponseSchema } } },
    ...problemResponses('validation.failed', ...COMMON_PROBLEMS),
  },
});

const clearanceRoute = createRoute({
  method: 'get',
  path: '/api/usage/clearance-times',
  tags: [TAG],
  summary: 'Average release times for imports and exports per port and month, with national reference figures',
  request: { query: usageClearanceQueryParamsSchema },
  responses: {
    200: {
      description: 'Matching release times',
      content: { 'application/json': { schema: usageClearanceTimesResponseSchema } },
    },
    ...problemResponses('validation.failed', ...COMMON_PROBLEMS),
  },
});

const uploadBody = {
  required: true,
  content: { 'application/json': { schema: usageImportRequestSchema } },
} as const;
const UPLOAD_DESCRIPTION =
  'Monthly counts for any businesses, ports and months. Refused whole (400 `validation.failed`, one `errors` entry ' +
  'per problem with a `usage.*` code and the path, e.g. `rows.3.total`) when any row is bad: an unknown business ' +
  'or port, a month that is malformed or not over, a count that is missing, fractional, negative or too large, a ' +
  'single-window count above the total, or two rows for the same business, port and month. A row for an existing ' +
  'figure corrects it: a new revision, the earlier one kept in its history.';

const previewRoute = (holder: ServiceHolder) =>
  createRoute({
    method: 'post',
    path: '/api/usage/imports/preview',
    tags: [TAG],
    summary: 'Check an upload and show what it would change, writing nothing (admin)',
    description: UPLOAD_DESCRIPTION,
    security: BEARER,
    middleware: [signedIn(holder, 'usage', 'import')] as const,
    request: { body: uploadBody },
    responses: {
      200: { description: 'What it would do', content: { 'application/json': { schema: usageImportResultSchema } } },
      ...problemResponses(...WRITE_PROBLEMS, ...AUTH_PROBLEMS, ...COMMON_PROBLEMS),
    },
  });

const importRoute = (holder: ServiceHolder) =>
  createRoute({
    method: 'post',
    path: '/api/usage/imports',
    tags: [TAG],
    summary: 'Upload monthly counts (admin: the commerce bureau’s single-window team)',
    description: `${UPLOAD_DESCRIPTION} Accepts an Idempotency-Key.`,
    security: BEARER,
    middleware: [signedIn(holder, 'usage', 'import')] as const,
    request: {
      headers: z.object({
        'idempotency-key': z
          .string()
          .optional()
          .openapi({ param: { name: 'idempotency-key', in: 'header' } }),
      }),
      body: uploadBody,
    },
    responses: {
      201: { description: 'Written', content: { 'application/json': { schema: usageImportResultSchema } } },
      ...problemResponses(
        ...WRITE_PROBLEMS,
        'idempotency.invalid_key',
        ...AUTH_PROBLEMS,
        'idempotency.in_progress',
        'idempotency.key_reused',
        ...COMMON_PROBLEMS,
      ),
    },
  });

const listImportsRoute = (holder: ServiceHolder) =>
  createRoute({
    method: 'get',
    path: '/api/usage/imports',
    tags: [TAG],
    summary: 'The latest 100 uploads (admin)',
    security: BEARER,
    middleware: [signedIn(holder, 'usage', 'import')] as const,
    responses: {
      200: { description: 'Newest first', content: { 'application/json': { schema: usageImportListResponseSchema } } },
      ...problemResponses(...AUTH_PROBLEMS, ...COMMON_PROBLEMS),
    },
  });

/** Registers a route in the OpenAPI document but reads its query or body itself (with the shared parsers). */
function documentedOnly<R extends { request?: unknown }>(
  app: OpenAPIHono<AppEnv>,
  route: R,
): Omit<R, 'request'> & { hide: true } {
  app.openAPIRegistry.registerPath(route as never);
  const { request: _request, ...rest } = route;
  return { ...rest, hide: true };
}

/** The upload body, checked by the rules the mocks and the upload preview share. */
async function readUpload(c: Context<AppEnv>, now: Date) {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new ProblemError('request.malformed_json', 'The body is not valid JSON.');
  }
  const checked = validateUsageImport(body, now);
  if (!checked.ok) throw validationError(checked.errors);
  return checked.request;
}

export function registerUsageRoutes(app: OpenAPIHono<AppEnv>, holder: ServiceHolder): void {
  app.openapi(documentedOnly(app, listFiguresRoute), async (c) => {
    const { db } = holder.get();
    const parsed = parseUsageFigureParams(new URL(c.req.url).searchParams);
    if (!parsed.ok) throw validationError(parsed.errors);
    const [items, asOf] = await Promise.all([
      listFigures(usageDb(db), parsed.query),
      readMeta(db, USAGE_META.figuresAsOf),
    ]);
    return jsonText(
      c,
      JSON.stringify({
        items,
        total: items.length,
        asOf: asOf ?? holder.get().now().toISOString(),
        target: USAGE_TARGET,
      }),
    );
  });

  app.openapi(documentedOnly(app, revisionsRoute), async (c) => {
    const parsed = parseUsageRevisionParams(new URL(c.req.url).searchParams);
    if (!parsed.ok) throw validationError(parsed.errors);
    const items = await listRevisions(usageDb(holder.get().db), parsed.query);
    return c.json({ ...parsed.query, items }, 200);
  });

  app.openapi(documentedOnly(app, clearanceRoute), async (c) => {
    const { db } = holder.get();
    const parsed = parseUsageClearanceParams(new URL(c.req.url).searchParams);
    if (!parsed.ok) throw validationError(parsed.errors);
    const [items, asOf] = await Promise.all([
      listClearanceTimes(usageDb(db), parsed.query),
      readMeta(db, USAGE_META.clearanceAsOf),
    ]);
    return jsonText(
      c,
      JSON.stringify({
        items,
        total: items.length,
        national: NATIONAL_CLEARANCE_TIMES,
        asOf: asOf ?? holder.get().now().toISOString(),
      }),
    );
  });

  app.openapi(listImportsRoute(holder), async (c) => {
    const services = holder.get();
    authorize(await principalOf(c, services), 'import', { type: 'usage' });
    return c.json({ items: await listImports(usageDb(services.db)) }, 200);
  });

  app.openapi(documentedOnly(app, previewRoute(holder)), async (c) => {
    const services = holder.get();
    authorize(await principalOf(c, services), 'import', { type: 'usage' });
    const request = await readUpload(c, services.now());
    return jsonText(c, JSON.stringify(await planImport(usageDb(services.db), request)));
  });

  app.openapi(documentedOnly(app, importRoute(holder)), async (c) => {
    const services = holder.get();
    const principal = await principalOf(c, services);
    authorize(principal, 'import', { type: 'usage' });
    const request = await readUpload(c, services.now());
    const key = c.req.header(IDEMPOTENCY_KEY_HEADER);
    const outcome = await services.idempotency.run({
      key,
      scope: `${principal.id} POST /api/usage/imports`,
      payload: request,
      create: async (trx) => {
        const now = services.now();
        const at = now.toISOString();
        const id = `IMP-${at.slice(0, 10).replaceAll('-', '')}-${randomBytes(4).toString('hex').toUpperCase()}`;
        const result = await applyImport(usageDb(trx), request, { id, at, by: principal.id });
        if (result.created + result.corrected > 0) await writeMeta(trx, USAGE_META.figuresAsOf, at);
        await recordAudit(trx, {
          at,
          actor: principal,
          action: 'create',
          resource: 'usage-import',
          resourceId: id,
          before: null,
          after: result,
          requestId: requestIdOf(c),
          idempotencyKey: key,
        });
        return { status: 201, body: result };
      },
    });
    const result = JSON.parse(outcome.body) as UsageImportResult;
    c.header('Location', `/api/usage/imports/${result.id ?? ''}`);
    if (outcome.replayed) c.header(IDEMPOTENT_REPLAYED_HEADER, 'true');
    return jsonText(c, outcome.body, 201);
  });
}
