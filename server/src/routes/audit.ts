import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { auditListResponseSchema, auditQuerySchema } from '@sw/contracts';
import { listAudit } from '../audit/audit.ts';
import { authorize } from '../auth/policy.ts';
import { principalOf, type AppEnv, type ServiceHolder } from '../context.ts';
import { BEARER, COMMON_PROBLEMS, problemResponses, signedIn } from './common.ts';

const listAuditRoute = (holder: ServiceHolder) =>
  createRoute({
    method: 'get',
    path: '/api/audit',
    tags: ['Audit'],
    summary: 'The audit trail of every write, newest first (admin)',
    security: BEARER,
    middleware: [signedIn(holder, 'audit', 'read')] as const,
    request: { query: auditQuerySchema },
    responses: {
      200: { description: 'Entries', content: { 'application/json': { schema: auditListResponseSchema } } },
      ...problemResponses(
        'validation.failed',
        'auth.required',
        'auth.invalid_token',
        'auth.forbidden',
        ...COMMON_PROBLEMS,
      ),
    },
  });

export function registerAuditRoutes(app: OpenAPIHono<AppEnv>, holder: ServiceHolder): void {
  app.openapi(listAuditRoute(holder), async (c) => {
    const services = holder.get();
    authorize(await principalOf(c, services), 'read', { type: 'audit' });
    return c.json(await listAudit(services.db, c.req.valid('query')), 200);
  });
}
