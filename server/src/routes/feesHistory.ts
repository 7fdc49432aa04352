import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { feeHistoryResponseSchema, feeItemSchema, feeReductionListSchema } from '@sw/contracts';
import { recordAudit } from '../audit/audit.ts';
import { authorize } from '../auth/policy.ts';
import { principalOf, requestIdOf, type AppEnv, type ServiceHolder } from '../context.ts';
import { loadHistory, loadReductions } from '../fees/history.ts';
import { applyFeeEvent, ensureSwept } from '../fees/lifecycle.ts';
import { feeDb } from '../fees/tables.ts';
import { ProblemError } from '../http/problem.ts';
import { BEARER, COMMON_PROBLEMS, problemResponses, signedIn } from './common.ts';

const feeIdParams = z.object({
  id: z
    .string()
    .min(1)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'fee-pilotage-yantian' }),
});

const getHistory = createRoute({
  method: 'get',
  path: '/api/fees/{id}/history',
  tags: ['Fees'],
  summary: "An item's history",
  description:
    'Every change of the item, oldest first: when it was listed or publicised, each new standard with the change in ' +
    'per cent, raises under publicity and scheduled cuts, status changes, and objections with the regulator’s decisions.',
  request: { params: feeIdParams },
  responses: {
    200: { description: 'Oldest first', content: { 'application/json': { schema: feeHistoryResponseSchema } } },
    ...problemResponses('fee.not_found', ...COMMON_PROBLEMS),
  },
});

const listReductions = createRoute({
  method: 'get',
  path: '/api/fees/reductions',
  tags: ['Fees'],
  summary: 'Every cut since a date',
  description:
    'Each lowered standard (with the change in per cent) and each abolished charge from `since` on, newest first, ' +
    'with its item as the catalogue has it now.',
  request: { query: z.object({ since: z.iso.date().openapi({ example: '2022-04-01' }) }) },
  responses: {
    200: { description: 'Newest first', content: { 'application/json': { schema: feeReductionListSchema } } },
    ...problemResponses('validation.failed', ...COMMON_PROBLEMS),
  },
});

const withdrawPendingChange = (holder: ServiceHolder) =>
  createRoute({
    method: 'delete',
    path: '/api/fees/{id}/pending-change',
    tags: ['Fees'],
    summary: 'Withdraw a pending change (operator: own organisation; admin)',
    description: 'Drops a raise under publicity or a scheduled cut; the current standard stays.',
    security: BEARER,
    middleware: [signedIn(holder, 'fee', 'update')] as const,
    request: { params: feeIdParams },
    responses: {
      200: { description: 'The item without the change', content: { 'application/json': { schema: feeItemSchema } } },
      ...problemResponses(
        'auth.required',
        'auth.invalid_token',
        'auth.forbidden',
        'fee.not_found',
        'fee.no_pending_change',
        ...COMMON_PROBLEMS,
      ),
    },
  });

export function registerFeeHistoryRoutes(app: OpenAPIHono<AppEnv>, holder: ServiceHolder): void {
  app.openapi(listReductions, async (c) => {
    const services = holder.get();
    await ensureSwept(services);
    const { since } = c.req.valid('query');
    return c.json(await loadReductions(feeDb(services.db), since, (id) => services.catalogue.get(id)), 200);
  });

  app.openapi(getHistory, async (c) => {
    const services = holder.get();
    await ensureSwept(services);
    const { id } = c.req.valid('param');
    if (!services.catalogue.get(id)) throw new ProblemError('fee.not_found', `No fee item with id "${id}".`);
    return c.json({ feeId: id, entries: await loadHistory(feeDb(services.db), id) }, 200);
  });

  app.openapi(withdrawPendingChange(holder), async (c) => {
    const services = holder.get();
    const principal = await principalOf(c, services);
    const { id } = c.req.valid('param');
    const fee = services.catalogue.get(id);
    if (!fee) throw new ProblemError('fee.not_found', `No fee item with id "${id}".`);
    authorize(principal, 'update', { type: 'fee', organisationId: fee.chargingBody.id });
    const at = services.now().toISOString();
    const applied = await services.db.transaction().execute(async (trx) => {
      const result = await applyFeeEvent(
        services,
        trx,
        id,
        { type: 'withdraw-change' },
        { at, actor: principal, audit: false },
      );
      await recordAudit(trx, {
        at,
        actor: principal,
        action: 'update',
        resource: 'fee',
        resourceId: id,
        before: result.before,
        after: result.item,
        requestId: requestIdOf(c),
      });
      return result;
    });
    services.catalogue.apply(applied.item, at);
    return c.json(applied.item, 200);
  });
}
