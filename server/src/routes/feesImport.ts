import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import {
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENT_REPLAYED_HEADER,
  duplicateFeeCodes,
  feeImportRequestSchema,
  feeImportResultSchema,
  feeItemSchema,
  feeTransition,
  publiciseNewItem,
  type FeeImportResult,
  type FeeItem,
  type FieldError,
  type HistoryDraft,
} from '@sw/contracts';
import { recordAudit } from '../audit/audit.ts';
import { authorize } from '../auth/policy.ts';
import { principalOf, requestIdOf, type AppEnv, type ServiceHolder } from '../context.ts';
import { META, writeMeta } from '../db/meta.ts';
import { insertHistory } from '../fees/history.ts';
import { ensureSwept, openObjectionCount, publicitySettings, todayOf } from '../fees/lifecycle.ts';
import { insertFees, nextFeePosition, updateFeeRow } from '../fees/repository.ts';
import { rowToOrganisation } from '../fees/rows.ts';
import { feeDb } from '../fees/tables.ts';
import { validationError } from '../http/problem.ts';
import { BEARER, COMMON_PROBLEMS, WRITE_PROBLEMS, jsonText, problemResponses, signedIn } from './common.ts';

/** The import's path: the app allows it a larger body than other writes (5,000 rows). */
export const FEE_IMPORT_PATH = '/api/fees/import';
export const FEE_IMPORT_MAX_BODY_BYTES = 16 * 1024 * 1024;

const importFees = (holder: ServiceHolder) =>
  createRoute({
    method: 'post',
    path: FEE_IMPORT_PATH,
    tags: ['Fees'],
    summary: "Import an organisation's list (operator: own organisation; admin)",
    description:
      'Up to 5,000 rows in one transaction. A new code is publicised as a new item; a known code of the organisation ' +
      'changes that item as PATCH would (a raise is publicised, a cut applies). Any invalid row refuses the whole ' +
      'import with `400 validation.failed` (paths `items.<row>.<field>`) and nothing is written. Accepts an Idempotency-Key.',
    security: BEARER,
    middleware: [signedIn(holder, 'fee', 'create')] as const,
    request: {
      headers: z.object({
        'idempotency-key': z
          .string()
          .optional()
          .openapi({ param: { name: 'idempotency-key', in: 'header' } }),
      }),
      body: { required: true, content: { 'application/json': { schema: feeImportRequestSchema } } },
    },
    responses: {
      200: { description: 'Imported', content: { 'application/json': { schema: feeImportResultSchema } } },
      ...problemResponses(
        ...WRITE_PROBLEMS,
        'idempotency.invalid_key',
        'auth.required',
        'auth.invalid_token',
        'auth.forbidden',
        'idempotency.in_progress',
        'idempotency.key_reused',
        ...COMMON_PROBLEMS,
      ),
    },
  });

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 70);

interface Plan {
  item: FeeItem;
  before: FeeItem | null;
  history: HistoryDraft[];
}

export function registerFeeImportRoutes(app: OpenAPIHono<AppEnv>, holder: ServiceHolder): void {
  app.openapi(importFees(holder), async (c) => {
    const services = holder.get();
    await ensureSwept(services);
    const principal = await principalOf(c, services);
    const body = c.req.valid('json');
    const organisationId = body.chargingBodyId ?? principal.organisationId;
    const owner = { type: 'fee' as const, ...(organisationId ? { organisationId } : {}) };
    authorize(principal, 'create', owner);
    authorize(principal, 'update', owner);
    const organisation = organisationId
      ? await services.db.selectFrom('organisations').selectAll().where('id', '=', organisationId).executeTakeFirst()
      : undefined;
    if (!organisation) {
      throw validationError([
        { path: 'chargingBodyId', message: 'required: a known organisation that levies the charges' },
      ]);
    }
    const key = c.req.header(IDEMPOTENCY_KEY_HEADER);
    const at = services.now().toISOString();
    const outcome = await services.idempotency.run({
      key,
      scope: `${principal.id} POST ${FEE_IMPORT_PATH}`,
      payload: body,
      create: async (trx) => {
        const { workingDays, calendar } = publicitySettings(services);
        const today = todayOf(services);
        const known = await trx.selectFrom('fees').select(['id', 'code', 'charging_body_id']).execute();
        const byCode = new Map(known.map((row) => [row.code.toLowerCase(), row]));
        const ids = new Set(known.map((row) => row.id));
        const duplicates = duplicateFeeCodes(body.items);
        const errors: FieldError[] = [];
        const plans: Plan[] = [];
        const name = rowToOrganisation(organisation).name;
        for (const [row, incoming] of body.items.entries()) {
          if (duplicates.has(row)) {
            errors.push({
              path: `items.${row}.code`,
              message: `"${incoming.code}" appears on more than one row`,
              code: 'duplicate',
            });
            continue;
          }
          const existing = byCode.get(incoming.code.toLowerCase());
          if (existing && existing.charging_body_id !== organisation.id) {
            errors.push({
              path: `items.${row}.code`,
              message: `"${incoming.code}" is another organisation's code`,
              code: 'fee.code_taken',
            });
            continue;
          }
          if (!existing) {
            let id = `fee-${slug(`${organisation.id}-${incoming.code}`)}`;
            for (let n = 2; ids.has(id); n++) id = `fee-${slug(`${organisation.id}-${incoming.code}`)}-${n}`;
            ids.add(id);
            const made = publiciseNewItem(
              { ...incoming, id, chargingBody: { id: organisation.id, name } },
              { today, openObjections: 0, calendar, publicityWorkingDays: workingDays },
            );
            plans.push({ item: feeItemSchema.parse(made.item), before: null, history: made.history });
            continue;
          }
          const current = services.catalogue.get(existing.id)!;
          const result = feeTransition(
            current,
            { type: 'edit', changes: incoming },
            {
              today,
              openObjections: await openObjectionCount(trx, current.id),
              calendar,
              publicityWorkingDays: workingDays,
            },
          );
          if (!result.ok) errors.push({ path: `items.${row}`, message: result.detail, code: result.code });
          else if (result.changed)
            plans.push({ item: feeItemSchema.parse(result.item), before: current, history: result.history });
        }
        if (errors.length) throw validationError(errors); // the transaction rolls back: nothing is written
        const created = plans.filter((plan) => !plan.before).map((plan) => plan.item);
        await insertFees(trx, created, await nextFeePosition(trx), { at, by: principal.id });
        for (const plan of plans) {
          if (plan.before) await updateFeeRow(trx, plan.item, { at, by: principal.id });
          await insertHistory(feeDb(trx), plan.item, plan.history, { at, actorId: principal.id });
          await recordAudit(trx, {
            at,
            actor: principal,
            action: plan.before ? 'update' : 'create',
            resource: 'fee',
            resourceId: plan.item.id,
            before: plan.before,
            after: plan.item,
            requestId: requestIdOf(c),
            idempotencyKey: key,
          });
        }
        if (plans.length) await writeMeta(trx, META.catalogueAsOf, at);
        const result: FeeImportResult = {
          created: created.length,
          updated: plans.length - created.length,
          unchanged: body.items.length - plans.length,
          items: plans.map((plan) => plan.item),
        };
        return {
          status: 200,
          body: result,
          afterCommit: () => {
            for (const plan of plans) services.catalogue.apply(plan.item, at);
          },
        };
      },
    });
    if (outcome.replayed) c.header(IDEMPOTENT_REPLAYED_HEADER, 'true');
    return jsonText(c, outcome.body, 200);
  });
}
