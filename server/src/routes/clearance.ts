import { randomUUID } from 'node:crypto';
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import {
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENT_REPLAYED_HEADER,
  OPEN_DRAFT_STATUSES,
  agencyListResponseSchema,
  benchmarkListResponseSchema,
  clearanceDraftSchema,
  clearanceProcedureSchema,
  draftActionRefusal,
  draftCreateRequestSchema,
  draftListQuerySchema,
  draftListResponseSchema,
  draftReviewRequestSchema,
  draftUpdateRequestSchema,
  matchesProcedureQuery,
  parseProcedureQuery,
  procedureListQueryParamsSchema,
  procedureListResponseSchema,
  procedureVersionListSchema,
  publishDraft,
  toProcedureSummary,
  type ClearanceDraft,
  type DraftAction,
  type Principal,
} from '@sw/contracts';
import { CLEARANCE_BENCHMARKS } from '@sw/mocks/data';
import { recordAudit } from '../audit/audit.ts';
import { authorize } from '../auth/policy.ts';
import {
  agencyIdsOf,
  draftToRow,
  insertVersion,
  listDrafts,
  loadAgencies,
  loadAgency,
  loadCurrentProcedures,
  loadDraft,
  loadProcedure,
  loadVersions,
  procedureExists,
  saveDraft,
} from '../clearance/repository.ts';
import { clearanceDb, type ClearanceDb } from '../clearance/tables.ts';
import { principalOf, requestIdOf, type AppEnv, type ServiceHolder } from '../context.ts';
import { ProblemError, validationError } from '../http/problem.ts';
import { BEARER, COMMON_PROBLEMS, WRITE_PROBLEMS, jsonText, problemResponses, signedIn } from './common.ts';

const TAG = 'Clearance guide';
const json = <S extends z.ZodType>(schema: S, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const body = <S extends z.ZodType>(schema: S) => ({
  required: true,
  content: { 'application/json': { schema } },
});

const procedureParams = z.object({
  id: z
    .string()
    .min(1)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'yantian-sea-import-standard' }),
});
const versionParams = procedureParams.extend({
  version: z
    .string()
    .min(1)
    .openapi({ param: { name: 'version', in: 'path' }, example: '1' }),
});
const draftParams = z.object({
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

const AUTH_PROBLEMS = ['auth.required', 'auth.invalid_token', 'auth.forbidden'] as const;

const procedureNotFound = (id: string) =>
  new ProblemError('clearance.procedure_not_found', `No procedure with id "${id}".`);
const draftNotFound = (id: string) =>
  new ProblemError('clearance.draft_not_found', `No clearance draft with id "${id}".`);

/** The organisation that owns an agency's steps (its operators may propose changes). */
async function ownerOf(db: ClearanceDb, agencyId: string): Promise<string | undefined> {
  return (await loadAgency(db, agencyId))?.organisationId;
}

async function authorizeDraft(
  db: ClearanceDb,
  principal: Principal,
  action: DraftAction | 'read',
  draft: ClearanceDraft,
) {
  const organisationId = await ownerOf(db, draft.agencyId);
  authorize(principal, action, { type: 'clearance-draft', ...(organisationId ? { organisationId } : {}) });
}

function refuseInStatus(draft: ClearanceDraft, action: DraftAction) {
  const code = draftActionRefusal(draft.status, action);
  if (!code) return;
  const detail =
    action === 'review'
      ? `The proposal is ${draft.status}; only a submitted proposal can be reviewed.`
      : action === 'submit'
        ? `The proposal is ${draft.status}; only a draft can be submitted.`
        : `The proposal is ${draft.status}; it can no longer be edited.`;
  throw new ProblemError(code, detail);
}

export function registerClearanceRoutes(app: OpenAPIHono<AppEnv>, holder: ServiceHolder): void {
  const db = () => clearanceDb(holder.get().db);

  // --- Reads (anyone) ----------------------------------------------------------------------------

  const listProcedures = createRoute({
    method: 'get',
    path: '/api/clearance/procedures',
    tags: [TAG],
    summary: 'Published clearance procedures (steps outlined, with totals)',
    description:
      'Every procedure at its public version, filtered by mode, direction, port, cargo, trader type and variant ' +
      '(comma-separated lists mean "any of"; different filters combine with AND) and by text in every language.',
    request: { query: procedureListQueryParamsSchema },
    responses: {
      200: json(procedureListResponseSchema, 'Matching procedures'),
      ...problemResponses('validation.failed', ...COMMON_PROBLEMS),
    },
  });
  // Documented with its parameters, read by `parseProcedureQuery` (shared with the mocks).
  app.openAPIRegistry.registerPath(listProcedures);
  const { request: _query, ...listUnvalidated } = listProcedures;
  app.openapi({ ...listUnvalidated, hide: true }, async (c) => {
    const parsed = parseProcedureQuery(new URL(c.req.url).searchParams);
    if (!parsed.ok) throw validationError(parsed.errors);
    const items = (await loadCurrentProcedures(db()))
      .filter((procedure) => matchesProcedureQuery(procedure, parsed.query))
      .map(toProcedureSummary);
    const asOf = items
      .map((item) => item.publishedAt)
      .sort()
      .at(-1);
    return c.json({ items, total: items.length, ...(asOf ? { asOf } : {}) }, 200);
  });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/clearance/procedures/{id}',
      tags: [TAG],
      summary: 'One procedure at its public version, with every step',
      request: { params: procedureParams },
      responses: {
        200: json(clearanceProcedureSchema, 'The procedure'),
        ...problemResponses('clearance.procedure_not_found', ...COMMON_PROBLEMS),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const procedure = await loadProcedure(db(), id);
      if (!procedure) throw procedureNotFound(id);
      return c.json(procedure, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/clearance/procedures/{id}/versions',
      tags: [TAG],
      summary: 'Every published version of a procedure: when, and what changed (newest first)',
      request: { params: procedureParams },
      responses: {
        200: json(procedureVersionListSchema, 'The history'),
        ...problemResponses('clearance.procedure_not_found', ...COMMON_PROBLEMS),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      if (!(await procedureExists(db(), id))) throw procedureNotFound(id);
      return c.json({ items: await loadVersions(db(), id) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/clearance/procedures/{id}/versions/{version}',
      tags: [TAG],
      summary: 'A procedure as published in one version (every version stays viewable)',
      request: { params: versionParams },
      responses: {
        200: json(clearanceProcedureSchema, 'The procedure at that version'),
        ...problemResponses('clearance.procedure_not_found', 'clearance.version_not_found', ...COMMON_PROBLEMS),
      },
    }),
    async (c) => {
      const { id, version } = c.req.valid('param');
      if (!(await procedureExists(db(), id))) throw procedureNotFound(id);
      const procedure = /^[1-9][0-9]{0,8}$/.test(version) ? await loadProcedure(db(), id, Number(version)) : undefined;
      if (!procedure) {
        throw new ProblemError('clearance.version_not_found', `Procedure "${id}" has no version ${version}.`);
      }
      return c.json(procedure, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/clearance/agencies',
      tags: [TAG],
      summary: 'The agencies that run clearance steps',
      responses: { 200: json(agencyListResponseSchema, 'Every agency'), ...problemResponses(...COMMON_PROBLEMS) },
    }),
    async (c) => c.json({ items: await loadAgencies(db()) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/clearance/benchmarks',
      tags: [TAG],
      summary: "China's overall clearance times (General Administration of Customs), as context",
      responses: {
        200: json(benchmarkListResponseSchema, 'Reference figures'),
        ...problemResponses(...COMMON_PROBLEMS),
      },
    }),
    (c) => c.json({ items: CLEARANCE_BENCHMARKS }, 200),
  );

  // --- Proposals (agency operators) and reviews (admin) ----------------------------------------------

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/clearance/drafts',
      tags: [TAG],
      summary: "Proposals: an operator's own agencies', or all of them (admin); newest change first",
      security: BEARER,
      middleware: [signedIn(holder, 'clearance-draft', 'read')] as const,
      request: { query: draftListQuerySchema },
      responses: {
        200: json(draftListResponseSchema, 'Proposals'),
        ...problemResponses('validation.failed', ...AUTH_PROBLEMS, ...COMMON_PROBLEMS),
      },
    }),
    async (c) => {
      const principal = await principalOf(c, holder.get());
      const own = principal.role === 'admin' ? undefined : principal.organisationId;
      authorize(principal, 'read', { type: 'clearance-draft', ...(own ? { organisationId: own } : {}) });
      const { status } = c.req.valid('query');
      const items = await listDrafts(db(), { status, agencyIds: own ? await agencyIdsOf(db(), own) : undefined });
      return c.json({ items, total: items.length }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/clearance/drafts',
      tags: [TAG],
      summary: "Propose new content for a published step (operator: its own agency's steps; admin)",
      description: 'One open proposal per step at a time. Accepts an Idempotency-Key.',
      security: BEARER,
      middleware: [signedIn(holder, 'clearance-draft', 'create')] as const,
      request: { headers: idempotencyHeaders, body: body(draftCreateRequestSchema) },
      responses: {
        201: json(clearanceDraftSchema, 'Created (status draft)'),
        ...problemResponses(
          ...WRITE_PROBLEMS,
          'idempotency.invalid_key',
          ...AUTH_PROBLEMS,
          'clearance.procedure_not_found',
          'clearance.step_not_found',
          'clearance.draft_exists',
          'idempotency.in_progress',
          'idempotency.key_reused',
          ...COMMON_PROBLEMS,
        ),
      },
    }),
    async (c) => {
      const services = holder.get();
      const principal = await principalOf(c, services);
      const request = c.req.valid('json');
      const key = c.req.header(IDEMPOTENCY_KEY_HEADER);
      const outcome = await services.idempotency.run({
        key,
        scope: `${principal.id} POST /api/clearance/drafts`,
        payload: request,
        create: async (trx) => {
          const tx = clearanceDb(trx);
          const procedure = await loadProcedure(tx, request.procedureId);
          if (!procedure) throw procedureNotFound(request.procedureId);
          const step = procedure.steps.find((s) => s.id === request.stepId);
          if (!step) {
            throw new ProblemError(
              'clearance.step_not_found',
              `Procedure "${procedure.id}" has no step "${request.stepId}".`,
            );
          }
          const organisationId = await ownerOf(tx, step.agencyId);
          authorize(principal, 'create', { type: 'clearance-draft', ...(organisationId ? { organisationId } : {}) });
          const open = await tx
            .selectFrom('clearance_drafts')
            .select('id')
            .where('procedure_id', '=', procedure.id)
            .where('step_id', '=', step.id)
            .where('status', 'in', [...OPEN_DRAFT_STATUSES])
            .executeTakeFirst();
          if (open) {
            throw new ProblemError(
              'clearance.draft_exists',
              `Step "${step.id}" already has an open proposal: ${open.id}.`,
            );
          }
          const at = services.now().toISOString();
          const draft: ClearanceDraft = clearanceDraftSchema.parse({
            id: randomUUID(),
            procedureId: procedure.id,
            stepId: step.id,
            agencyId: step.agencyId,
            baseVersion: procedure.version,
            status: 'draft',
            content: request.content,
            note: request.note,
            author: { id: principal.id, name: principal.name },
            createdAt: at,
            updatedAt: at,
            reviews: [],
          });
          await tx.insertInto('clearance_drafts').values(draftToRow(draft)).execute();
          await recordAudit(trx, {
            at,
            actor: principal,
            action: 'create',
            resource: 'clearance-draft',
            resourceId: draft.id,
            before: null,
            after: draft,
            requestId: requestIdOf(c),
            idempotencyKey: key,
          });
          return { status: 201, body: draft };
        },
      });
      const draft = JSON.parse(outcome.body) as ClearanceDraft;
      c.header('Location', `/api/clearance/drafts/${draft.id}`);
      if (outcome.replayed) c.header(IDEMPOTENT_REPLAYED_HEADER, 'true');
      return jsonText(c, outcome.body, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/clearance/drafts/{id}',
      tags: [TAG],
      summary: 'One proposal with its reviews',
      security: BEARER,
      middleware: [signedIn(holder, 'clearance-draft', 'read')] as const,
      request: { params: draftParams },
      responses: {
        200: json(clearanceDraftSchema, 'The proposal'),
        ...problemResponses(...AUTH_PROBLEMS, 'clearance.draft_not_found', ...COMMON_PROBLEMS),
      },
    }),
    async (c) => {
      const principal = await principalOf(c, holder.get());
      const { id } = c.req.valid('param');
      const draft = await loadDraft(db(), id);
      if (!draft) throw draftNotFound(id);
      await authorizeDraft(db(), principal, 'read', draft);
      return c.json(draft, 200);
    },
  );

  /** Loads a proposal for a change in a transaction, checks who and which status, saves and audits. */
  async function changeDraft(
    c: Context<AppEnv>,
    id: string,
    action: DraftAction,
    change: (draft: ClearanceDraft, at: string, principal: Principal, tx: ClearanceDb) => Promise<ClearanceDraft>,
  ): Promise<ClearanceDraft> {
    const services = holder.get();
    const principal = await principalOf(c, services);
    return services.db.transaction().execute(async (trx) => {
      const tx = clearanceDb(trx);
      const before = await loadDraft(tx, id);
      if (!before) throw draftNotFound(id);
      await authorizeDraft(tx, principal, action, before);
      refuseInStatus(before, action);
      const at = services.now().toISOString();
      const after = clearanceDraftSchema.parse(await change(before, at, principal, tx));
      await saveDraft(tx, after);
      await recordAudit(trx, {
        at,
        actor: principal,
        action: 'update',
        resource: 'clearance-draft',
        resourceId: id,
        before,
        after,
        requestId: requestIdOf(c),
      });
      return after;
    });
  }

  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/clearance/drafts/{id}',
      tags: [TAG],
      summary: 'Replace a proposal (a draft, or a rejected one, which goes back to draft)',
      security: BEARER,
      middleware: [signedIn(holder, 'clearance-draft', 'update')] as const,
      request: { params: draftParams, body: body(draftUpdateRequestSchema) },
      responses: {
        200: json(clearanceDraftSchema, 'The changed proposal'),
        ...problemResponses(
          ...WRITE_PROBLEMS,
          ...AUTH_PROBLEMS,
          'clearance.draft_not_found',
          'clearance.draft_not_editable',
          ...COMMON_PROBLEMS,
        ),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const update = c.req.valid('json');
      const draft = await changeDraft(c, id, 'update', async (before, at) => ({
        ...before,
        content: update.content,
        note: update.note,
        status: 'draft',
        updatedAt: at,
      }));
      return c.json(draft, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/clearance/drafts/{id}/submit',
      tags: [TAG],
      summary: 'Submit a draft for review by the single-window team',
      security: BEARER,
      middleware: [signedIn(holder, 'clearance-draft', 'submit')] as const,
      request: { params: draftParams },
      responses: {
        200: json(clearanceDraftSchema, 'The proposal, in review'),
        ...problemResponses(
          ...AUTH_PROBLEMS,
          'clearance.draft_not_found',
          'clearance.draft_not_editable',
          ...COMMON_PROBLEMS,
        ),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const draft = await changeDraft(c, id, 'submit', async (before, at) => ({
        ...before,
        status: 'in-review',
        submittedAt: at,
        updatedAt: at,
      }));
      return c.json(draft, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/clearance/drafts/{id}/review',
      tags: [TAG],
      summary: 'Approve (publishes a new version) or reject with a comment (admin)',
      security: BEARER,
      middleware: [signedIn(holder, 'clearance-draft', 'review')] as const,
      request: { params: draftParams, body: body(draftReviewRequestSchema) },
      responses: {
        200: json(clearanceDraftSchema, 'The decided proposal'),
        ...problemResponses(
          ...WRITE_PROBLEMS,
          ...AUTH_PROBLEMS,
          'clearance.draft_not_found',
          'clearance.draft_not_in_review',
          ...COMMON_PROBLEMS,
        ),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const decision = c.req.valid('json');
      const draft = await changeDraft(c, id, 'review', async (before, at, principal, tx) => {
        const review = {
          decision: decision.decision === 'approve' ? ('approved' as const) : ('rejected' as const),
          comment: decision.comment ?? '',
          by: { id: principal.id, name: principal.name },
          at,
        };
        const after: ClearanceDraft = {
          ...before,
          status: review.decision,
          updatedAt: at,
          reviews: [...before.reviews, review],
        };
        if (review.decision === 'rejected') return after;
        const current = await loadProcedure(tx, before.procedureId);
        if (!current) throw procedureNotFound(before.procedureId);
        const published = publishDraft(current, before, { at, approvedBy: principal.name });
        await insertVersion(tx, published.procedure, published.version, before.id);
        await recordAudit(tx, {
          at,
          actor: principal,
          action: 'update',
          resource: 'clearance-procedure',
          resourceId: current.id,
          before: current,
          after: published.procedure,
          requestId: requestIdOf(c),
        });
        return { ...after, publishedVersion: published.procedure.version };
      });
      return c.json(draft, 200);
    },
  );
}
