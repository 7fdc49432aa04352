import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import {
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENT_REPLAYED_HEADER,
  SERVICE_OPERATIONS,
  actualsListQueryParamsSchema,
  actualsListResponseSchema,
  actualsUploadRequestSchema,
  actualsUploadResponseSchema,
  backdatingError,
  checkActualsRows,
  coverageOf,
  coverageResponseSchema,
  currentStandards,
  latestVersion,
  parseActualsListParams,
  parseOperationParam,
  parseStandardListParams,
  repeatsVersion,
  serviceStandardSchema,
  shenzhenDate,
  shenzhenMonth,
  sortMonthlyActuals,
  standardHistoryResponseSchema,
  standardListQueryParamsSchema,
  standardListResponseSchema,
  standardPublishRequestSchema,
  terminalListResponseSchema,
  terminalSchema,
  toMonthlyActual,
  withStatuses,
  type ActualsUploadResponse,
  type Principal,
  type ServiceStandard,
  type StandardVersion,
  type Terminal,
} from '@sw/contracts';
import type { StoredActual } from '@sw/mocks/data';
import { recordAudit } from '../audit/audit.ts';
import { authorize } from '../auth/policy.ts';
import { principalOf, requestIdOf, type AppEnv, type ServiceHolder } from '../context.ts';
import type { Database } from '../db/schema.ts';
import { ProblemError, validationError } from '../http/problem.ts';
import { loadActuals, loadTerminal, loadTerminals, loadVersions } from '../serviceTimes/repository.ts';
import { actualToRow, versionToRow } from '../serviceTimes/rows.ts';
import { serviceTimesDb } from '../serviceTimes/tables.ts';
import { BEARER, COMMON_PROBLEMS, WRITE_PROBLEMS, jsonText, problemResponses, signedIn } from './common.ts';
import type { Kysely } from 'kysely';

const TAGS = ['Service times'];

const terminalParams = z.object({
  id: z
    .string()
    .min(1)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'yict' }),
});

const historyParams = terminalParams.extend({
  operation: z
    .string()
    .min(1)
    .openapi({ param: { name: 'operation', in: 'path' }, example: 'cargo-pickup', enum: [...SERVICE_OPERATIONS] }),
});

const idempotencyHeaders = z.object({
  'idempotency-key': z
    .string()
    .optional()
    .openapi({
      param: { name: 'idempotency-key', in: 'header' },
      description:
        'Client-chosen key (1–200 visible ASCII characters); a retry with the same key and body writes nothing new.',
    }),
});

const json = <S extends z.ZodType>(description: string, schema: S) => ({
  description,
  content: { 'application/json': { schema } },
});

const listTerminals = createRoute({
  method: 'get',
  path: '/api/service-times/terminals',
  tags: TAGS,
  summary: "Shenzhen's container terminals, with operator, address and contacts",
  responses: { 200: json('Every terminal', terminalListResponseSchema), ...problemResponses(...COMMON_PROBLEMS) },
});

const getTerminal = createRoute({
  method: 'get',
  path: '/api/service-times/terminals/{id}',
  tags: TAGS,
  summary: 'One terminal',
  request: { params: terminalParams },
  responses: {
    200: json('The terminal', terminalSchema),
    ...problemResponses('terminal.not_found', ...COMMON_PROBLEMS),
  },
});

const listStandards = createRoute({
  method: 'get',
  path: '/api/service-times/standards',
  tags: TAGS,
  summary: 'Published time-limit standards in force today, and scheduled ones',
  description:
    'For each terminal and operation the version in force on today’s Shenzhen date and any published version that ' +
    'takes effect later. Lists are comma-separated and mean "any of".',
  request: { query: standardListQueryParamsSchema },
  responses: {
    200: json('Standards, by terminal, then operation, then version', standardListResponseSchema),
    ...problemResponses('validation.failed', ...COMMON_PROBLEMS),
  },
});

const standardHistory = createRoute({
  method: 'get',
  path: '/api/service-times/terminals/{id}/standards/{operation}/history',
  tags: TAGS,
  summary: 'Every published version of one standard, newest first',
  request: { params: historyParams },
  responses: {
    200: json('Versions', standardHistoryResponseSchema),
    ...problemResponses('validation.failed', 'terminal.not_found', 'service_standard.not_found', ...COMMON_PROBLEMS),
  },
});

const coverage = createRoute({
  method: 'get',
  path: '/api/service-times/coverage',
  tags: TAGS,
  summary: 'Which terminals have published the four required standards, and whether by the deadline',
  description: 'Measure 9: in-yard transfer, lifting/shifting, unstuffing and cargo pick-up, by 2019-06-30.',
  responses: { 200: json('Coverage board', coverageResponseSchema), ...problemResponses(...COMMON_PROBLEMS) },
});

const listActuals = createRoute({
  method: 'get',
  path: '/api/service-times/actuals',
  tags: TAGS,
  summary: 'Monthly performance against the commitment',
  description:
    'Reported months with the share completed within the limit and the commitment in force on the month’s last ' +
    'day; `belowCommitment` flags shortfalls.',
  request: { query: actualsListQueryParamsSchema },
  responses: {
    200: json('Months, by terminal, operation and month', actualsListResponseSchema),
    ...problemResponses('validation.failed', ...COMMON_PROBLEMS),
  },
});

const publishStandard = (holder: ServiceHolder) =>
  createRoute({
    method: 'post',
    path: '/api/service-times/terminals/{id}/standards',
    tags: TAGS,
    summary: 'Publish a new version of a standard (operator: own terminals; admin)',
    description:
      'Adds a version for one operation (the first publishes the operation); earlier versions stay in the history. ' +
      'It takes effect on `effectiveFrom`, today or later. Accepts an Idempotency-Key.',
    security: BEARER,
    middleware: [signedIn(holder, 'serviceStandard', 'publish')] as const,
    request: {
      params: terminalParams,
      headers: idempotencyHeaders,
      body: { required: true, content: { 'application/json': { schema: standardPublishRequestSchema } } },
    },
    responses: {
      201: json('The published version', serviceStandardSchema),
      ...problemResponses(
        ...WRITE_PROBLEMS,
        'idempotency.invalid_key',
        'auth.required',
        'auth.invalid_token',
        'auth.forbidden',
        'terminal.not_found',
        'service_standard.unchanged',
        'idempotency.in_progress',
        'idempotency.key_reused',
        ...COMMON_PROBLEMS,
      ),
    },
  });

const uploadActuals = (holder: ServiceHolder) =>
  createRoute({
    method: 'post',
    path: '/api/service-times/terminals/{id}/actuals',
    tags: TAGS,
    summary: 'Upload monthly actuals (operator: own terminals; admin)',
    description:
      'Every row is written or none: each must be a completed month, of an operation the terminal had a standard in ' +
      'force for, once. A month reported before is replaced (the old figures stay in the audit trail). ' +
      'Errors name the row: `rows.3.month`. Accepts an Idempotency-Key.',
    security: BEARER,
    middleware: [signedIn(holder, 'serviceActuals', 'upload')] as const,
    request: {
      params: terminalParams,
      headers: idempotencyHeaders,
      body: { required: true, content: { 'application/json': { schema: actualsUploadRequestSchema } } },
    },
    responses: {
      200: json('What was written', actualsUploadResponseSchema),
      ...problemResponses(
        ...WRITE_PROBLEMS,
        'idempotency.invalid_key',
        'auth.required',
        'auth.invalid_token',
        'auth.forbidden',
        'terminal.not_found',
        'idempotency.in_progress',
        'idempotency.key_reused',
        ...COMMON_PROBLEMS,
      ),
    },
  });

async function terminalOr404(db: Kysely<Database>, id: string): Promise<Terminal> {
  const terminal = await loadTerminal(db, id);
  if (!terminal) throw new ProblemError('terminal.not_found', `No terminal with id "${id}".`);
  return terminal;
}

const terminalIds = async (db: Kysely<Database>) => (await loadTerminals(db)).map((terminal) => terminal.id);

export function registerServiceTimesRoutes(app: OpenAPIHono<AppEnv>, holder: ServiceHolder): void {
  app.openapi(listTerminals, async (c) => {
    const items = await loadTerminals(holder.get().db);
    return c.json({ items, total: items.length }, 200);
  });

  app.openapi(getTerminal, async (c) => c.json(await terminalOr404(holder.get().db, c.req.valid('param').id), 200));

  // The list routes are documented with their query parameters but read by the shared parsers (the
  // mocks use them too), so both refuse the same values with the same errors.
  app.openAPIRegistry.registerPath(listStandards);
  const { request: _standardsQuery, ...listStandardsUnvalidated } = listStandards;
  app.openapi({ ...listStandardsUnvalidated, hide: true }, async (c) => {
    const { db, now } = holder.get();
    const parsed = parseStandardListParams(new URL(c.req.url).searchParams);
    if (!parsed.ok) throw validationError(parsed.errors);
    const { terminal, operation } = parsed.query;
    const today = shenzhenDate(now());
    const items = currentStandards(await loadVersions(db), today, await terminalIds(db)).filter(
      (standard) =>
        (!terminal || terminal.includes(standard.terminalId)) && (!operation || operation.includes(standard.operation)),
    );
    return c.json({ items, total: items.length, asOf: today }, 200);
  });

  app.openapi(standardHistory, async (c) => {
    const { db, now } = holder.get();
    const { id, operation: rawOperation } = c.req.valid('param');
    const operation = parseOperationParam(rawOperation);
    if (!operation.ok) throw validationError(operation.errors);
    await terminalOr404(db, id);
    const own = (await loadVersions(db, id)).filter((version) => version.operation === operation.query);
    if (!own.length) {
      throw new ProblemError(
        'service_standard.not_found',
        `Terminal "${id}" has published no standard for ${operation.query}.`,
      );
    }
    const items = withStatuses(own, shenzhenDate(now())).sort((a, b) => b.version - a.version);
    return c.json({ terminalId: id, operation: operation.query, items }, 200);
  });

  app.openapi(coverage, async (c) => {
    const { db, now } = holder.get();
    return c.json(coverageOf(await terminalIds(db), await loadVersions(db), shenzhenDate(now())), 200);
  });

  app.openAPIRegistry.registerPath(listActuals);
  const { request: _actualsQuery, ...listActualsUnvalidated } = listActuals;
  app.openapi({ ...listActualsUnvalidated, hide: true }, async (c) => {
    const { db } = holder.get();
    const parsed = parseActualsListParams(new URL(c.req.url).searchParams);
    if (!parsed.ok) throw validationError(parsed.errors);
    const [rows, versions, order] = await Promise.all([
      loadActuals(db, parsed.query),
      loadVersions(db),
      terminalIds(db),
    ]);
    const items = sortMonthlyActuals(rows, order).map((row) =>
      toMonthlyActual(
        row,
        versions.filter((version) => version.terminalId === row.terminalId),
      ),
    );
    return c.json({ items, total: items.length }, 200);
  });

  app.openapi(publishStandard(holder), async (c) => {
    const services = holder.get();
    const principal = await principalOf(c, services);
    const { id } = c.req.valid('param');
    const request = c.req.valid('json');
    const terminal = await terminalOr404(services.db, id);
    authorize(principal, 'publish', { type: 'serviceStandard', organisationId: terminal.organisationId });
    const today = shenzhenDate(services.now());
    const backdated = backdatingError(request.effectiveFrom, today);
    if (backdated) throw validationError([backdated]);
    const key = c.req.header(IDEMPOTENCY_KEY_HEADER);
    const outcome = await services.idempotency.run({
      key,
      scope: `${principal.id} POST /api/service-times/terminals/${id}/standards`,
      payload: request,
      create: async (trx) => {
        const own = (await loadVersions(trx, id)).filter((version) => version.operation === request.operation);
        const latest = latestVersion(own);
        if (repeatsVersion(request, latest)) {
          throw new ProblemError('service_standard.unchanged', `Version ${latest!.version} already says exactly this.`);
        }
        const { demo, changeNote, ...content } = request;
        const created: StandardVersion = {
          terminalId: id,
          ...content,
          version: (latest?.version ?? 0) + 1,
          publishedAt: services.now().toISOString(),
          ...(changeNote ? { changeNote } : {}),
          demo,
        };
        await serviceTimesDb(trx).insertInto('service_standards').values(versionToRow(created, principal.id)).execute();
        const published: ServiceStandard = withStatuses([...own, created], today).at(-1)!;
        await recordAudit(trx, {
          at: created.publishedAt,
          actor: principal,
          action: 'create',
          resource: 'service-standard',
          resourceId: `${id}/${created.operation}/${created.version}`,
          before: latest ?? null,
          after: created,
          requestId: requestIdOf(c),
          idempotencyKey: key,
        });
        return { status: 201, body: published };
      },
    });
    const published = JSON.parse(outcome.body) as ServiceStandard;
    c.header('Location', `/api/service-times/terminals/${id}/standards/${published.operation}/history`);
    if (outcome.replayed) c.header(IDEMPOTENT_REPLAYED_HEADER, 'true');
    return jsonText(c, outcome.body, 201);
  });

  app.openapi(uploadActuals(holder), async (c) => {
    const services = holder.get();
    const principal = await principalOf(c, services);
    const { id } = c.req.valid('param');
    const request = c.req.valid('json');
    const terminal = await terminalOr404(services.db, id);
    authorize(principal, 'upload', { type: 'serviceActuals', organisationId: terminal.organisationId });
    const versions = await loadVersions(services.db, id);
    const errors = checkActualsRows(request.rows, { versions, currentMonth: shenzhenMonth(services.now()) });
    if (errors.length) throw validationError(errors);
    const key = c.req.header(IDEMPOTENCY_KEY_HEADER);
    const outcome = await services.idempotency.run({
      key,
      scope: `${principal.id} POST /api/service-times/terminals/${id}/actuals`,
      payload: request,
      create: async (trx) =>
        writeActuals(trx, {
          terminalId: id,
          request,
          versions,
          principal,
          key,
          requestId: requestIdOf(c),
          at: services.now().toISOString(),
        }),
    });
    if (outcome.replayed) c.header(IDEMPOTENT_REPLAYED_HEADER, 'true');
    return jsonText(c, outcome.body, 200);
  });
}

/** Replaces the reported months in one statement each batch, and records what they were before. */
async function writeActuals(
  trx: Kysely<Database>,
  input: {
    terminalId: string;
    request: { rows: Array<Omit<StoredActual, 'terminalId' | 'demo'>> };
    versions: StandardVersion[];
    principal: Principal;
    key: string | undefined;
    requestId: string | undefined;
    at: string;
  },
) {
  const { terminalId, request, versions, principal, at } = input;
  const incoming = new Set(request.rows.map((row) => `${row.operation} ${row.month}`));
  const before = (await loadActuals(trx, { terminal: [terminalId] })).filter((row) =>
    incoming.has(`${row.operation} ${row.month}`),
  );
  const rows: StoredActual[] = request.rows.map((row) => ({ ...row, terminalId, demo: false }));
  await serviceTimesDb(trx)
    .insertInto('service_actuals')
    .values(rows.map((row) => actualToRow(row, at, principal.id)))
    .onConflict((oc) =>
      oc.columns(['terminal_id', 'operation', 'month']).doUpdateSet((eb) => ({
        handled: eb.ref('excluded.handled'),
        within_limit_percent: eb.ref('excluded.within_limit_percent'),
        demo: eb.ref('excluded.demo'),
        updated_at: eb.ref('excluded.updated_at'),
        updated_by: eb.ref('excluded.updated_by'),
      })),
    )
    .execute();
  await recordAudit(trx, {
    at,
    actor: principal,
    action: before.length ? 'update' : 'create',
    resource: 'service-actuals',
    resourceId: terminalId,
    before: before.length ? before : null,
    after: rows,
    requestId: input.requestId,
    idempotencyKey: input.key,
  });
  const body: ActualsUploadResponse = {
    terminalId,
    created: rows.length - before.length,
    replaced: before.length,
    items: rows.map((row) => toMonthlyActual(row, versions)),
  };
  return { status: 200, body };
}
