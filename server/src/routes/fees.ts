import { randomBytes } from 'node:crypto';
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import {
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENT_REPLAYED_HEADER,
  feeCreateRequestSchema,
  feeItemSchema,
  feeListQueryParamsSchema,
  feeListResponseSchema,
  feeUpdateRequestSchema,
  localeFromAcceptLanguage,
  organisationSchema,
  parseFeeListParams,
  portSchema,
  publiciseNewItem,
  type FeeEvent,
  type FeeItem,
  type FeeUpdateRequest,
} from '@sw/contracts';
import { recordAudit } from '../audit/audit.ts';
import { authorize } from '../auth/policy.ts';
import { principalOf, requestIdOf, type AppEnv, type ServiceHolder } from '../context.ts';
import { META, writeMeta } from '../db/meta.ts';
import { insertHistory } from '../fees/history.ts';
import { applyFeeEvent, ensureSwept, lifecycleContext } from '../fees/lifecycle.ts';
import { loadOrganisations, loadPorts, nextFeePosition, insertFees } from '../fees/repository.ts';
import { feeDb } from '../fees/tables.ts';
import { rowToOrganisation } from '../fees/rows.ts';
import { ProblemError, validationError } from '../http/problem.ts';
import { BEARER, COMMON_PROBLEMS, WRITE_PROBLEMS, jsonText, problemResponses, signedIn } from './common.ts';
import { registerFeeHistoryRoutes } from './feesHistory.ts';
import { registerFeeImportRoutes } from './feesImport.ts';
import { registerFeeOpenDataRoutes } from './feesOpenData.ts';

export const feeIdParams = z.object({
  id: z
    .string()
    .min(1)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'fee-pilotage-yantian' }),
});

const idempotencyHeaders = z.object({
  'idempotency-key': z
    .string()
    .optional()
    .openapi({
      param: { name: 'idempotency-key', in: 'header' },
      description:
        'Client-chosen key (1–200 visible ASCII characters); a retry with the same key and body creates nothing new.',
    }),
});

const listFees = createRoute({
  method: 'get',
  path: '/api/fees',
  tags: ['Fees'],
  summary: 'Search the fee catalogue',
  description:
    'Every item of the catalogue (every status) matching the search text and filters, in catalogue order or sorted. ' +
    'Lists are comma-separated and mean "any of"; different parameters combine with AND. Names sort in the ' +
    'Accept-Language language (zh-CN by default). Invalid values are refused with one `errors` entry each.',
  request: { query: feeListQueryParamsSchema },
  responses: {
    200: { description: 'Matching items', content: { 'application/json': { schema: feeListResponseSchema } } },
    ...problemResponses('validation.failed', ...COMMON_PROBLEMS),
  },
});

const getFee = createRoute({
  method: 'get',
  path: '/api/fees/{id}',
  tags: ['Fees'],
  summary: 'One fee item',
  request: { params: feeIdParams },
  responses: {
    200: { description: 'The item', content: { 'application/json': { schema: feeItemSchema } } },
    ...problemResponses('fee.not_found', ...COMMON_PROBLEMS),
  },
});

const createFeeRoute = (holder: ServiceHolder) =>
  createRoute({
    method: 'post',
    path: '/api/fees',
    tags: ['Fees'],
    summary: 'Publicise a new charge (operator: own organisation; admin)',
    description:
      'The item starts as `publicised` for a publicity period (10 working days by default): announced, open to ' +
      'objections, not yet chargeable. A start date inside the period moves to the day after it. Accepts an Idempotency-Key.',
    security: BEARER,
    middleware: [signedIn(holder, 'fee', 'create')] as const,
    request: {
      headers: idempotencyHeaders,
      body: { required: true, content: { 'application/json': { schema: feeCreateRequestSchema } } },
    },
    responses: {
      201: { description: 'Created', content: { 'application/json': { schema: feeItemSchema } } },
      ...problemResponses(
        ...WRITE_PROBLEMS,
        'idempotency.invalid_key',
        'auth.required',
        'auth.invalid_token',
        'auth.forbidden',
        'fee.id_taken',
        'fee.code_taken',
        'idempotency.in_progress',
        'idempotency.key_reused',
        ...COMMON_PROBLEMS,
      ),
    },
  });

const updateFeeRoute = (holder: ServiceHolder) =>
  createRoute({
    method: 'patch',
    path: '/api/fees/{id}',
    tags: ['Fees'],
    summary: 'Change a charge or its status (operator: own organisation; admin)',
    description:
      'Status changes follow publicised → effective | withdrawn, effective → suspended | abolished, suspended → ' +
      'effective | abolished. A publicised item becomes effective only after its publicity period, with no objection ' +
      'open, from its start date (the server also does this by itself). A higher standard on an effective item is ' +
      'publicised as a pending change; a lower one applies from `effectiveFrom` (today when absent).',
    security: BEARER,
    middleware: [signedIn(holder, 'fee', 'update')] as const,
    request: {
      params: feeIdParams,
      body: { required: true, content: { 'application/json': { schema: feeUpdateRequestSchema } } },
    },
    responses: {
      200: { description: 'The changed item', content: { 'application/json': { schema: feeItemSchema } } },
      ...problemResponses(
        ...WRITE_PROBLEMS,
        'auth.required',
        'auth.invalid_token',
        'auth.forbidden',
        'fee.not_found',
        'fee.code_taken',
        'fee.invalid_transition',
        'fee.objections_open',
        'fee.publicity_running',
        'fee.change_pending',
        'fee.not_editable',
        ...COMMON_PROBLEMS,
      ),
    },
  });

const listPorts = createRoute({
  method: 'get',
  path: '/api/ports',
  tags: ['Reference data'],
  summary: "Shenzhen's ports of entry",
  responses: {
    200: { description: 'Every port', content: { 'application/json': { schema: z.array(portSchema) } } },
    ...problemResponses(...COMMON_PROBLEMS),
  },
});

const listOrganisations = createRoute({
  method: 'get',
  path: '/api/organisations',
  tags: ['Reference data'],
  summary: 'Charging bodies',
  responses: {
    200: {
      description: 'Every organisation',
      content: { 'application/json': { schema: z.array(organisationSchema) } },
    },
    ...problemResponses(...COMMON_PROBLEMS),
  },
});

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

export function registerFeeRoutes(app: OpenAPIHono<AppEnv>, holder: ServiceHolder): void {
  // Documented with its query parameters, but read by `parseFeeListParams` (shared with the mocks):
  // lists may be comma-separated or repeated, and each bad value gets its own error.
  app.openAPIRegistry.registerPath(listFees);
  const { request: _query, ...listFeesUnvalidated } = listFees;
  registerFeeHistoryRoutes(app, holder); // before /api/fees/{id}: /api/fees/reductions is not an item
  registerFeeOpenDataRoutes(app, holder);
  registerFeeImportRoutes(app, holder);

  app.openapi({ ...listFeesUnvalidated, hide: true }, async (c) => {
    await ensureSwept(holder.get());
    const { catalogue } = holder.get();
    const url = new URL(c.req.url);
    const parsed = parseFeeListParams(url.searchParams);
    if (!parsed.ok) throw validationError(parsed.errors);
    const locale = localeFromAcceptLanguage(c.req.header('accept-language'));
    return jsonText(c, catalogue.listJson(parsed.query, parsed.page, locale));
  });

  app.openapi(getFee, async (c) => {
    await ensureSwept(holder.get());
    const { id } = c.req.valid('param');
    const text = holder.get().catalogue.itemJson(id);
    if (text === undefined) throw new ProblemError('fee.not_found', `No fee item with id "${id}".`);
    return jsonText(c, text);
  });

  app.openapi(listPorts, async (c) => c.json(await loadPorts(holder.get().db), 200));
  app.openapi(listOrganisations, async (c) => c.json(await loadOrganisations(holder.get().db), 200));

  app.openapi(createFeeRoute(holder), async (c) => {
    const services = holder.get();
    const principal = await principalOf(c, services);
    const body = c.req.valid('json');
    const organisationId = body.chargingBodyId ?? principal.organisationId;
    authorize(principal, 'create', { type: 'fee', ...(organisationId ? { organisationId } : {}) });
    if (!organisationId) {
      throw validationError([{ path: 'chargingBodyId', message: 'required: the organisation that levies the charge' }]);
    }
    const organisation = await services.db
      .selectFrom('organisations')
      .selectAll()
      .where('id', '=', organisationId)
      .executeTakeFirst();
    if (!organisation) {
      throw validationError([{ path: 'chargingBodyId', message: `"${organisationId}" is not a known organisation` }]);
    }
    const key = c.req.header(IDEMPOTENCY_KEY_HEADER);
    const outcome = await services.idempotency.run({
      key,
      scope: `${principal.id} POST /api/fees`,
      payload: body,
      create: async (trx) => {
        const at = services.now().toISOString();
        if (body.id && (await trx.selectFrom('fees').select('id').where('id', '=', body.id).executeTakeFirst())) {
          throw new ProblemError('fee.id_taken', `A fee item with id "${body.id}" already exists.`);
        }
        if (await trx.selectFrom('fees').select('id').where('code', '=', body.code).executeTakeFirst()) {
          throw new ProblemError('fee.code_taken', `A fee item with code "${body.code}" already exists.`);
        }
        let id = body.id ?? `fee-${slug(body.code) || 'item'}`;
        if (!body.id && (await trx.selectFrom('fees').select('id').where('id', '=', id).executeTakeFirst())) {
          id = `${id.slice(0, 70)}-${randomBytes(3).toString('hex')}`;
        }
        const { id: _id, chargingBodyId: _body, ...fields } = body;
        const published = publiciseNewItem(
          { ...fields, id, chargingBody: { id: organisation.id, name: rowToOrganisation(organisation).name } },
          await lifecycleContext(services, trx, id),
        );
        const item: FeeItem = feeItemSchema.parse(published.item);
        await insertFees(trx, [item], await nextFeePosition(trx), { at, by: principal.id });
        await insertHistory(feeDb(trx), item, published.history, { at, actorId: principal.id });
        await writeMeta(trx, META.catalogueAsOf, at);
        await recordAudit(trx, {
          at,
          actor: principal,
          action: 'create',
          resource: 'fee',
          resourceId: id,
          before: null,
          after: item,
          requestId: requestIdOf(c),
          idempotencyKey: key,
        });
        return { status: 201, body: item, afterCommit: () => services.catalogue.apply(item, at) };
      },
    });
    const item = JSON.parse(outcome.body) as FeeItem;
    c.header('Location', `/api/fees/${encodeURIComponent(item.id)}`);
    if (outcome.replayed) c.header(IDEMPOTENT_REPLAYED_HEADER, 'true');
    return jsonText(c, outcome.body, 201);
  });

  app.openapi(updateFeeRoute(holder), async (c) => {
    const services = holder.get();
    await ensureSwept(services);
    const principal = await principalOf(c, services);
    const { id } = c.req.valid('param');
    const patch = c.req.valid('json');
    const at = services.now().toISOString();
    const result = await services.db.transaction().execute(async (trx) => {
      const owner = await trx.selectFrom('fees').select('charging_body_id').where('id', '=', id).executeTakeFirst();
      if (!owner) throw new ProblemError('fee.not_found', `No fee item with id "${id}".`);
      authorize(principal, 'update', { type: 'fee', organisationId: owner.charging_body_id });
      if (patch.code) {
        const taken = await trx
          .selectFrom('fees')
          .select('id')
          .where('code', '=', patch.code)
          .where('id', '!=', id)
          .executeTakeFirst();
        if (taken) throw new ProblemError('fee.code_taken', `A fee item with code "${patch.code}" already exists.`);
      }
      let first: FeeItem | undefined;
      let last: FeeItem | undefined;
      for (const event of updateEvents(patch)) {
        const applied = await applyFeeEvent(services, trx, id, event, { at, actor: principal, audit: false });
        first ??= applied.before;
        last = applied.item;
      }
      await recordAudit(trx, {
        at,
        actor: principal,
        action: 'update',
        resource: 'fee',
        resourceId: id,
        before: first,
        after: last,
        requestId: requestIdOf(c),
      });
      return last!;
    });
    services.catalogue.apply(result, at);
    return c.json(result, 200);
  });
}

/** The lifecycle events one PATCH body means: the field edits first, then the status change. */
export function updateEvents(body: FeeUpdateRequest): FeeEvent[] {
  const { status, note, ...changes } = body;
  const events: FeeEvent[] = [];
  if (Object.keys(changes).length) events.push({ type: 'edit', changes });
  if (status) events.push({ type: 'set-status', status, ...(note ? { note } : {}) });
  return events;
}
