import { randomBytes, randomUUID } from 'node:crypto';
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { Selectable } from 'kysely';
import {
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENT_REPLAYED_HEADER,
  objectionCreateRequestSchema,
  objectionListResponseSchema,
  objectionResolveRequestSchema,
  objectionSchema,
  objectionStatusSchema,
  localeFromAcceptLanguage,
  type FeeItem,
  type Objection,
  type Principal,
} from '@sw/contracts';
import { recordAudit } from '../audit/audit.ts';
import { authorize } from '../auth/policy.ts';
import { clientAddress, principalOf, requestIdOf, type AppEnv, type ServiceHolder } from '../context.ts';
import type { ObjectionsTable } from '../db/schema.ts';
import { applyFeeEvent, ensureSwept, sweepFees } from '../fees/lifecycle.ts';
import { ProblemError } from '../http/problem.ts';
import {
  BEARER,
  COMMON_PROBLEMS,
  OPTIONAL_BEARER,
  WRITE_PROBLEMS,
  jsonText,
  problemResponses,
  signedIn,
} from './common.ts';
import { feeIdParams } from './fees.ts';

const objectionIdParams = z.object({
  id: z
    .string()
    .min(1)
    .openapi({ param: { name: 'id', in: 'path' } }),
});

const idempotencyHeaders = z.object({
  'idempotency-key': z
    .string()
    .optional()
    .openapi({ param: { name: 'idempotency-key', in: 'header' } }),
});

/**
 * Rate limit for public writes: per signed-in user, or per client address for the anonymous public.
 * `bucket` gives a kind of request its own count (complaint uploads and tracking do not use up
 * the submissions' allowance).
 */
export function publicWriteLimit(holder: ServiceHolder, bucket = ''): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const services = holder.get();
    const limiter = services.publicWriteLimiter;
    if (!limiter) return next();
    const principal = await principalOf(c, services);
    const key = `${bucket}${principal.role === 'public' ? `ip:${clientAddress(c, services.trustProxy)}` : `user:${principal.id}`}`;
    const result = limiter.hit(key);
    const headers = {
      'RateLimit-Limit': String(result.limit),
      'RateLimit-Remaining': String(result.remaining),
      'RateLimit-Reset': String(result.resetSeconds),
    };
    if (!result.allowed) {
      throw new ProblemError('rate_limited', `Too many submissions; try again in ${result.resetSeconds} s.`, {
        headers: { ...headers, 'Retry-After': String(result.resetSeconds) },
      });
    }
    await next();
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  };
}

export function registerObjectionRoutes(app: OpenAPIHono<AppEnv>, holder: ServiceHolder): void {
  const createObjection = createRoute({
    method: 'post',
    path: '/api/fees/{id}/objections',
    tags: ['Objections'],
    summary: 'Object to a publicised charge (anyone)',
    description:
      'Measure 3: a new charge is publicised first and may be charged only when no objection is raised. ' +
      'Open to the public without a token; rate-limited per client; accepts an Idempotency-Key.',
    security: OPTIONAL_BEARER,
    middleware: [publicWriteLimit(holder)] as const,
    request: {
      params: feeIdParams,
      headers: idempotencyHeaders,
      body: { required: true, content: { 'application/json': { schema: objectionCreateRequestSchema } } },
    },
    responses: {
      201: { description: 'Lodged', content: { 'application/json': { schema: objectionSchema } } },
      ...problemResponses(
        ...WRITE_PROBLEMS,
        'idempotency.invalid_key',
        'auth.invalid_token',
        'fee.not_found',
        'fee.not_publicised',
        'fee.publicity_closed',
        'idempotency.in_progress',
        'idempotency.key_reused',
        'rate_limited',
        ...COMMON_PROBLEMS,
      ),
    },
  });

  const listFeeObjections = createRoute({
    method: 'get',
    path: '/api/fees/{id}/objections',
    tags: ['Objections'],
    summary: 'Objections to one charge (regulator, admin; operator: own charges, without objector details)',
    security: BEARER,
    middleware: [signedIn(holder, 'objection', 'list')] as const,
    request: { params: feeIdParams },
    responses: {
      200: { description: 'Newest first', content: { 'application/json': { schema: objectionListResponseSchema } } },
      ...problemResponses('auth.required', 'auth.invalid_token', 'auth.forbidden', 'fee.not_found', ...COMMON_PROBLEMS),
    },
  });

  const listObjections = createRoute({
    method: 'get',
    path: '/api/objections',
    tags: ['Objections'],
    summary: 'All objections (regulator, admin)',
    security: BEARER,
    middleware: [signedIn(holder, 'objection', 'list')] as const,
    request: { query: z.object({ status: objectionStatusSchema.optional() }) },
    responses: {
      200: { description: 'Newest first', content: { 'application/json': { schema: objectionListResponseSchema } } },
      ...problemResponses(
        'validation.failed',
        'auth.required',
        'auth.invalid_token',
        'auth.forbidden',
        ...COMMON_PROBLEMS,
      ),
    },
  });

  const resolveObjection = createRoute({
    method: 'patch',
    path: '/api/objections/{id}',
    tags: ['Objections'],
    summary: 'Uphold or dismiss an open objection (regulator, admin)',
    security: BEARER,
    middleware: [signedIn(holder, 'objection', 'resolve')] as const,
    request: {
      params: objectionIdParams,
      body: { required: true, content: { 'application/json': { schema: objectionResolveRequestSchema } } },
    },
    responses: {
      200: { description: 'The decided objection', content: { 'application/json': { schema: objectionSchema } } },
      ...problemResponses(
        ...WRITE_PROBLEMS,
        'auth.required',
        'auth.invalid_token',
        'auth.forbidden',
        'objection.not_found',
        'objection.already_resolved',
        ...COMMON_PROBLEMS,
      ),
    },
  });

  app.openapi(createObjection, async (c) => {
    const services = holder.get();
    await ensureSwept(services);
    const principal = await principalOf(c, services);
    authorize(principal, 'create', { type: 'objection' });
    const { id: feeId } = c.req.valid('param');
    const body = c.req.valid('json');
    const key = c.req.header(IDEMPOTENCY_KEY_HEADER);
    const outcome = await services.idempotency.run({
      key,
      scope: `${principal.id} POST /api/fees/${feeId}/objections`,
      payload: body,
      create: async (trx) => {
        const now = services.now();
        const reference = `OBJ-${now.toISOString().slice(0, 10).replaceAll('-', '')}-${randomBytes(4).toString('hex').toUpperCase()}`;
        // The lifecycle decides whether the charge takes objections now (publicised, period running),
        // and records the objection (by reference only) in the item's history.
        await applyFeeEvent(
          services,
          trx,
          feeId,
          { type: 'objection-lodged', reference },
          {
            at: now.toISOString(),
            actor: principal,
            audit: false,
          },
        );
        const objection: Objection = {
          id: randomUUID(),
          reference,
          feeId,
          status: 'open',
          reason: body.reason,
          ...(body.name ? { name: body.name } : {}),
          ...(body.organisation ? { organisation: body.organisation } : {}),
          ...(body.contact && (body.contact.email || body.contact.phone) ? { contact: body.contact } : {}),
          locale: body.locale ?? localeFromAcceptLanguage(c.req.header('accept-language')),
          submittedAt: now.toISOString(),
        };
        await trx
          .insertInto('objections')
          .values({
            id: objection.id,
            reference: objection.reference,
            fee_id: feeId,
            status: objection.status,
            reason: objection.reason,
            name: objection.name ?? null,
            organisation: objection.organisation ?? null,
            contact_email: objection.contact?.email ?? null,
            contact_phone: objection.contact?.phone ?? null,
            locale: objection.locale,
            submitted_by: principal.id,
            submitted_at: objection.submittedAt,
            resolved_at: null,
            resolved_by: null,
            resolution: null,
          })
          .execute();
        await recordAudit(trx, {
          at: objection.submittedAt,
          actor: principal,
          action: 'create',
          resource: 'objection',
          resourceId: objection.id,
          before: null,
          after: objection,
          requestId: requestIdOf(c),
          idempotencyKey: key,
        });
        return { status: 201, body: objection };
      },
    });
    const objection = JSON.parse(outcome.body) as Objection;
    c.header('Location', `/api/objections/${objection.id}`);
    if (outcome.replayed) c.header(IDEMPOTENT_REPLAYED_HEADER, 'true');
    return jsonText(c, outcome.body, 201);
  });

  app.openapi(listFeeObjections, async (c) => {
    const services = holder.get();
    const principal = await principalOf(c, services);
    const { id } = c.req.valid('param');
    const fee = services.catalogue.get(id);
    if (!fee) throw new ProblemError('fee.not_found', `No fee item with id "${id}".`);
    authorize(principal, 'list', { type: 'objection', organisationId: fee.chargingBody.id });
    const rows = await services.db
      .selectFrom('objections')
      .selectAll()
      .where('fee_id', '=', id)
      .orderBy('submitted_at', 'desc')
      .orderBy('id')
      .execute();
    const items = rows.map((row) => toObjection(row, principal));
    return c.json({ items, total: items.length }, 200);
  });

  app.openapi(listObjections, async (c) => {
    const services = holder.get();
    const principal = await principalOf(c, services);
    authorize(principal, 'list', { type: 'objection' });
    const { status } = c.req.valid('query');
    let select = services.db.selectFrom('objections').selectAll();
    if (status) select = select.where('status', '=', status);
    const rows = await select.orderBy('submitted_at', 'desc').orderBy('id').execute();
    const items = rows.map((row) => toObjection(row, principal));
    return c.json({ items, total: items.length }, 200);
  });

  app.openapi(resolveObjection, async (c) => {
    const services = holder.get();
    const principal = await principalOf(c, services);
    const { id } = c.req.valid('param');
    const decision = c.req.valid('json');
    let changedFee: FeeItem | undefined;
    const after = await services.db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom('objections').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) throw new ProblemError('objection.not_found', `No objection with id "${id}".`);
      const fee = await trx
        .selectFrom('fees')
        .select('charging_body_id')
        .where('id', '=', row.fee_id)
        .executeTakeFirstOrThrow();
      authorize(principal, 'resolve', { type: 'objection', organisationId: fee.charging_body_id });
      if (row.status !== 'open') {
        throw new ProblemError('objection.already_resolved', `Objection ${row.reference} is already ${row.status}.`);
      }
      const at = services.now().toISOString();
      const updated: Selectable<ObjectionsTable> = {
        ...row,
        status: decision.status,
        resolution: decision.resolution,
        resolved_at: at,
        resolved_by: principal.id,
      };
      await trx
        .updateTable('objections')
        .set({ status: updated.status, resolution: updated.resolution, resolved_at: at, resolved_by: principal.id })
        .where('id', '=', id)
        .execute();
      // Upheld withdraws what was publicised (the new item, or the raise); every decision goes into
      // the item's history with its reasons.
      const applied = await applyFeeEvent(
        services,
        trx,
        row.fee_id,
        {
          type: 'objection-decided',
          reference: row.reference,
          decision: decision.status,
          resolution: decision.resolution,
        },
        { at, actor: principal, requestId: requestIdOf(c) },
      );
      if (applied.changed) changedFee = applied.item;
      await recordAudit(trx, {
        at,
        actor: principal,
        action: 'update',
        resource: 'objection',
        resourceId: id,
        before: toObjection(row, principal),
        after: toObjection(updated, principal),
        requestId: requestIdOf(c),
      });
      return toObjection(updated, principal);
    });
    if (changedFee) services.catalogue.apply(changedFee, after.resolvedAt ?? services.now().toISOString());
    // A dismissal may leave an item whose publicity is over with no objection open: it takes effect now.
    await sweepFees(services, after.feeId);
    return c.json(after, 200);
  });
}

/** Operators see what is objected to and why, not who objects. */
function toObjection(row: Selectable<ObjectionsTable>, viewer: Principal): Objection {
  const identity = viewer.role !== 'operator';
  const contact =
    row.contact_email || row.contact_phone
      ? {
          ...(row.contact_email ? { email: row.contact_email } : {}),
          ...(row.contact_phone ? { phone: row.contact_phone } : {}),
        }
      : undefined;
  return {
    id: row.id,
    reference: row.reference,
    feeId: row.fee_id,
    status: row.status as Objection['status'],
    reason: row.reason,
    ...(identity && row.name ? { name: row.name } : {}),
    ...(identity && row.organisation ? { organisation: row.organisation } : {}),
    ...(identity && contact ? { contact } : {}),
    locale: row.locale as Objection['locale'],
    submittedAt: row.submitted_at,
    ...(row.resolved_at ? { resolvedAt: row.resolved_at } : {}),
    ...(row.resolution ? { resolution: row.resolution } : {}),
  };
}
