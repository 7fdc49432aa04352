import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import {
  releaseChangeRequestSchema,
  releaseChannelStateSchema,
  releaseDetailSchema,
  releaseDiffQuerySchema,
  releaseDiffSchema,
  releaseHistoryQuerySchema,
  releaseHistoryResponseSchema,
  releaseOverviewSchema,
  releaseValidationSchema,
  type ReleaseChangeRequest,
} from '@sw/contracts';
import type { Context } from 'hono';
import type { ReleaseService } from '@sw/release/node';
import { recordAudit } from '../audit/audit.ts';
import { authorize } from '../auth/policy.ts';
import { principalOf, requestIdOf, type AppEnv, type ServiceHolder } from '../context.ts';
import { ProblemError } from '../http/problem.ts';
import { asProblem } from '../releases/problems.ts';
import { BEARER, COMMON_PROBLEMS, WRITE_PROBLEMS, problemResponses, signedIn } from './common.ts';

const releaseIdParams = z.object({
  id: z
    .string()
    .regex(/^[\w.-]+$/)
    .openapi({ param: { name: 'id', in: 'path' }, example: '2026.11.27-1' }),
});

const READ_PROBLEMS = [
  'auth.required',
  'auth.invalid_token',
  'auth.forbidden',
  'release.unavailable',
  ...COMMON_PROBLEMS,
] as const;

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

/**
 * The release console's API (the single-window team, admin only): the same release library as
 * `pnpm release`, so the console and the CLI can never disagree. Promote and rollback are checked
 * against the revision the caller saw (409 release.conflict otherwise) and audited.
 */
export function registerReleaseRoutes(
  app: OpenAPIHono<AppEnv>,
  holder: ServiceHolder,
  releases: ReleaseService | undefined,
): void {
  const service = () => {
    if (!releases) throw new ProblemError('release.unavailable', 'This API runs without a release store.');
    return releases;
  };
  const readRoute = <P extends string, R extends Parameters<typeof createRoute>[0]['request']>(
    path: P,
    summary: string,
    request: R,
    response: ReturnType<typeof json>,
    extra: Array<'validation.failed' | 'release.not_found'> = [],
  ) =>
    createRoute({
      method: 'get',
      path,
      tags: ['Releases'],
      summary,
      security: BEARER,
      middleware: [signedIn(holder, 'release', 'read')] as const,
      request,
      responses: { 200: response, ...problemResponses(...READ_PROBLEMS, ...extra) },
    });
  /** Reads: the caller must be allowed to read releases (the middleware already refused the public). */
  const mayRead = async (c: Context<AppEnv>) =>
    authorize(await principalOf(c, holder.get()), 'read', { type: 'release' });

  app.openapi(
    readRoute(
      '/api/releases',
      'The channels and every stored release, newest first (admin)',
      {},
      json(releaseOverviewSchema, 'Overview'),
    ),
    async (c) => {
      await mayRead(c);
      return c.json(await asProblem(() => service().overview()), 200);
    },
  );

  app.openapi(
    readRoute(
      '/api/releases/history',
      'Every change of the staging and production channels, newest first (admin)',
      { query: releaseHistoryQuerySchema },
      json(releaseHistoryResponseSchema, 'History'),
      ['validation.failed'],
    ),
    async (c) => {
      await mayRead(c);
      const query = c.req.valid('query');
      return c.json({ items: await asProblem(() => service().history(query)) }, 200);
    },
  );

  app.openapi(
    readRoute(
      '/api/releases/diff',
      'What changes between two releases (ids, or staging/production) (admin)',
      { query: releaseDiffQuerySchema },
      json(releaseDiffSchema, 'Changes, module by module'),
      ['validation.failed', 'release.not_found'],
    ),
    async (c) => {
      await mayRead(c);
      const { from, to } = c.req.valid('query');
      return c.json(await asProblem(() => service().diff(from, to)), 200);
    },
  );

  app.openapi(
    readRoute(
      '/api/releases/{id}',
      'One release, with entries as browsers load them (admin)',
      { params: releaseIdParams },
      json(releaseDetailSchema, 'The manifest'),
      ['release.not_found'],
    ),
    async (c) => {
      await mayRead(c);
      const { id } = c.req.valid('param');
      const manifest = await asProblem(() => service().served(id, service().release(id).release.channel));
      return c.json({ manifest }, 200);
    },
  );

  app.openapi(
    readRoute(
      '/api/releases/{id}/validation',
      'Validate a release now: entries, integrity, lifecycles, shared singletons, contract, routes (admin)',
      { params: releaseIdParams },
      json(releaseValidationSchema, 'The report (ok: no errors)'),
      ['release.not_found'],
    ),
    async (c) => {
      await mayRead(c);
      const { id } = c.req.valid('param');
      return c.json(await asProblem(() => service().validate(id)), 200);
    },
  );

  const changeRoute = (action: 'promote' | 'rollback', summary: string) =>
    createRoute({
      method: 'post',
      path: `/api/releases/${action}`,
      tags: ['Releases'],
      summary,
      security: BEARER,
      middleware: [signedIn(holder, 'release', action)] as const,
      request: { body: { required: true, content: { 'application/json': { schema: releaseChangeRequestSchema } } } },
      responses: {
        200: json(releaseChannelStateSchema, "Production's new state"),
        ...problemResponses(
          ...WRITE_PROBLEMS,
          'auth.required',
          'auth.invalid_token',
          'auth.forbidden',
          'release.not_found',
          'release.conflict',
          'release.not_allowed',
          'release.invalid',
          'release.unavailable',
          ...COMMON_PROBLEMS,
        ),
      },
    });

  /** Promote or roll back production, as the caller, then audit what changed. */
  const changeProduction = async (c: Context<AppEnv>, action: 'promote' | 'rollback', body: ReleaseChangeRequest) => {
    const services = holder.get();
    const principal = await principalOf(c, services);
    authorize(principal, action, { type: 'release' });
    const releases = service();
    const before = releases.channel('production');
    const request = {
      releaseId: body.releaseId,
      expectedRevision: body.expectedRevision,
      actor: `${principal.name} (${principal.id})`,
      ...(body.note ? { note: body.note } : {}),
    };
    const after = await asProblem(() =>
      action === 'promote' ? releases.promote(request) : releases.rollback(request),
    );
    // The channel file is written first; the audit entry follows (a file and a table share no transaction).
    await recordAudit(services.db, {
      at: after.updatedAt,
      actor: principal,
      action: 'update',
      resource: 'release-channel',
      resourceId: 'production',
      before: before ? { releaseId: before.releaseId, revision: before.revision } : null,
      after: {
        releaseId: after.releaseId,
        revision: after.revision,
        via: action,
        ...(body.note ? { note: body.note } : {}),
      },
      requestId: requestIdOf(c),
    });
    return after;
  };

  app.openapi(changeRoute('promote', 'Make a staged release live in production (admin)'), async (c) =>
    c.json(await changeProduction(c, 'promote', c.req.valid('json')), 200),
  );
  app.openapi(changeRoute('rollback', 'Point production back at a release it had before (admin)'), async (c) =>
    c.json(await changeProduction(c, 'rollback', c.req.valid('json')), 200),
  );
}
