import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { sql } from 'kysely';
import {
  demoUserSchema,
  devLoginRequestSchema,
  healthResponseSchema,
  principalSchema,
  tokenResponseSchema,
  type DemoUser,
  type Principal,
} from '@sw/contracts';
import { principalOf, type AppEnv, type ServiceHolder } from '../context.ts';
import { ProblemError } from '../http/problem.ts';
import { COMMON_PROBLEMS, OPTIONAL_BEARER, WRITE_PROBLEMS, problemResponses } from './common.ts';

const health = createRoute({
  method: 'get',
  path: '/api/health',
  tags: ['System'],
  summary: 'Liveness and database check',
  responses: {
    200: { description: 'Up', content: { 'application/json': { schema: healthResponseSchema } } },
    ...problemResponses(...COMMON_PROBLEMS),
  },
});

const me = createRoute({
  method: 'get',
  path: '/api/me',
  tags: ['Auth'],
  summary: 'Who the token says the caller is (the public without a token)',
  security: OPTIONAL_BEARER,
  responses: {
    200: { description: 'The caller', content: { 'application/json': { schema: principalSchema } } },
    ...problemResponses('auth.invalid_token', ...COMMON_PROBLEMS),
  },
});

const devLogin = createRoute({
  method: 'post',
  path: '/api/dev/login',
  tags: ['Auth'],
  summary: 'Development only: a token for a seeded demo user',
  description:
    'Exists only when the server runs in development mode (as `npm start` does). Production verifies tokens ' +
    'issued by the host site (JWKS URL or shared secret) and has no login of its own.',
  request: { body: { required: true, content: { 'application/json': { schema: devLoginRequestSchema } } } },
  responses: {
    200: { description: 'A bearer token', content: { 'application/json': { schema: tokenResponseSchema } } },
    ...problemResponses(...WRITE_PROBLEMS, 'user.not_found', ...COMMON_PROBLEMS),
  },
});

const devUsers = createRoute({
  method: 'get',
  path: '/api/dev/users',
  tags: ['Auth'],
  summary: 'Development only: the demo users one can log in as',
  responses: {
    200: { description: 'Demo users', content: { 'application/json': { schema: z.array(demoUserSchema) } } },
    ...problemResponses(...COMMON_PROBLEMS),
  },
});

export function registerSystemRoutes(app: OpenAPIHono<AppEnv>, holder: ServiceHolder, devLoginEnabled: boolean): void {
  app.openapi(health, async (c) => {
    const services = holder.get();
    await sql`select 1`.execute(services.db);
    return c.json(
      { status: 'ok' as const, mode: services.mode, database: services.dialect, migrations: services.migrations },
      200,
    );
  });

  app.openapi(me, async (c) => c.json(await principalOf(c, holder.get()), 200));

  if (!devLoginEnabled) return;

  const loadUsers = async (): Promise<DemoUser[]> => {
    const rows = await holder.get().db.selectFrom('users').selectAll().orderBy('id').execute();
    return rows.map((row) => ({
      id: row.id,
      role: row.role as DemoUser['role'],
      name: row.name,
      ...(row.organisation_id ? { organisationId: row.organisation_id } : {}),
    }));
  };

  app.openapi(devUsers, async (c) => c.json(await loadUsers(), 200));

  app.openapi(devLogin, async (c) => {
    const services = holder.get();
    const { user } = c.req.valid('json');
    const found = (await loadUsers()).find((candidate) => candidate.id === user);
    if (!found) throw new ProblemError('user.not_found', `No demo user "${user}"; GET /api/dev/users lists them.`);
    const principal: Principal = {
      id: found.id,
      role: found.role,
      name: found.name,
      ...(found.organisationId ? { organisationId: found.organisationId } : {}),
    };
    const issued = await services.tokens.issue!(principal);
    return c.json(
      { token: issued.token, tokenType: 'Bearer' as const, expiresAt: issued.expiresAt, user: principal },
      200,
    );
  });
}
