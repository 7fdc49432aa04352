import { http, HttpResponse, type HttpHandler } from 'msw';
import {
  feeCreateRequestSchema,
  feeImportRequestSchema,
  feeItemSchema,
  feeTransition,
  feeUpdateRequestSchema,
  publiciseNewItem,
  type FeeEvent,
  type FeeImportResult,
  type FeeItem,
  type HistoryDraft,
} from '@sw/contracts';
import { principalOf } from './auth.ts';
import { codeProblem, invalidBody, jsonBody, mayEditFees, refuse, storeProblem } from './feesHttp.ts';
import { MockFeeError, type MockFeeStore } from './feesStore.ts';
import { notFoundProblem, validationProblem } from './problem.ts';

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);

/** The events one PATCH body means: the field edits first, then the status change. */
export function updateEvents(body: ReturnType<typeof feeUpdateRequestSchema.parse>): FeeEvent[] {
  const { status, note, ...changes } = body;
  const events: FeeEvent[] = [];
  if (Object.keys(changes).length) events.push({ type: 'edit', changes });
  if (status) events.push({ type: 'set-status', status, ...(note ? { note } : {}) });
  return events;
}

/** Operators' writes in the mock API: create, change (incl. status), withdraw a pending change, import. */
export function createFeeWriteHandlers(base: string, store: MockFeeStore): HttpHandler[] {
  const instance = (request: Request) => new URL(request.url).pathname;
  return [
    http.post(`${base}/fees`, async ({ request }) => {
      const principal = principalOf(request);
      const denied = refuse(
        principal,
        principal.role === 'operator' || principal.role === 'admin',
        'create fee records',
        instance(request),
      );
      if (denied) return denied;
      const body = feeCreateRequestSchema.safeParse(await jsonBody(request));
      if (!body.success) return invalidBody(body.error, instance(request));
      const organisationId = body.data.chargingBodyId ?? principal.organisationId;
      const forbidden = refuse(
        principal,
        mayEditFees(principal, organisationId),
        "create another organisation's fee records",
        instance(request),
      );
      if (forbidden) return forbidden;
      const organisation = organisationId ? store.organisation(organisationId) : undefined;
      if (!organisation) {
        return validationProblem(
          [
            {
              path: 'chargingBodyId',
              message: organisationId
                ? `"${organisationId}" is not a known organisation`
                : 'required: the organisation that levies the charge',
            },
          ],
          instance(request),
        );
      }
      const { id, chargingBodyId: _body, ...fields } = body.data;
      try {
        const item = store.create({
          ...fields,
          id: id ?? `fee-${slug(fields.code) || 'item'}`,
          chargingBody: { id: organisation.id, name: organisation.name },
        });
        return HttpResponse.json(item, { status: 201, headers: { Location: `/api/fees/${item.id}` } });
      } catch (error) {
        return storeProblem(error, instance(request));
      }
    }),
    http.patch<{ id: string }>(`${base}/fees/:id`, async ({ request, params }) => {
      const principal = principalOf(request);
      const denied = refuse(
        principal,
        principal.role === 'operator' || principal.role === 'admin',
        'update fee records',
        instance(request),
      );
      if (denied) return denied;
      store.tick();
      const item = store.get(params.id);
      if (!item) return notFoundProblem('fee.not_found', `No fee item with id "${params.id}".`, instance(request));
      const forbidden = refuse(
        principal,
        mayEditFees(principal, item.chargingBody.id),
        "update another organisation's fee records",
        instance(request),
      );
      if (forbidden) return forbidden;
      const body = feeUpdateRequestSchema.safeParse(await jsonBody(request));
      if (!body.success) return invalidBody(body.error, instance(request));
      if (
        body.data.code &&
        body.data.code !== item.code &&
        store.items.some((other) => other.code === body.data.code)
      ) {
        return codeProblem(
          'fee.code_taken',
          `A fee item with code "${body.data.code}" already exists.`,
          instance(request),
        );
      }
      try {
        let current: FeeItem = item;
        for (const event of updateEvents(body.data)) current = store.apply(item.id, event);
        return HttpResponse.json(current);
      } catch (error) {
        return storeProblem(error, instance(request));
      }
    }),
    http.delete<{ id: string }>(`${base}/fees/:id/pending-change`, ({ request, params }) => {
      const principal = principalOf(request);
      const item = store.get(params.id);
      if (!item) return notFoundProblem('fee.not_found', `No fee item with id "${params.id}".`, instance(request));
      const denied = refuse(
        principal,
        mayEditFees(principal, item.chargingBody.id),
        'withdraw changes of fee records',
        instance(request),
      );
      if (denied) return denied;
      try {
        return HttpResponse.json(store.apply(item.id, { type: 'withdraw-change' }));
      } catch (error) {
        return storeProblem(error, instance(request));
      }
    }),
    http.post(`${base}/fees/import`, async ({ request }) => {
      const principal = principalOf(request);
      const denied = refuse(
        principal,
        principal.role === 'operator' || principal.role === 'admin',
        'import fee records',
        instance(request),
      );
      if (denied) return denied;
      const body = feeImportRequestSchema.safeParse(await jsonBody(request));
      if (!body.success) return invalidBody(body.error, instance(request));
      const organisationId = body.data.chargingBodyId ?? principal.organisationId;
      const forbidden = refuse(
        principal,
        mayEditFees(principal, organisationId),
        "import another organisation's fee records",
        instance(request),
      );
      if (forbidden) return forbidden;
      const organisation = organisationId ? store.organisation(organisationId) : undefined;
      if (!organisation)
        return validationProblem(
          [{ path: 'chargingBodyId', message: 'required: the organisation that levies the charges' }],
          instance(request),
        );
      // Everything is worked out first; nothing is stored unless every row passes.
      const today = store.today();
      const planned: Array<{ item: FeeItem; history: HistoryDraft[]; changed: boolean }> = [];
      const errors = [];
      for (const [row, incoming] of body.data.items.entries()) {
        const existing = store.items.find((item) => item.code.toLowerCase() === incoming.code.toLowerCase());
        if (existing && existing.chargingBody.id !== organisation.id) {
          errors.push({
            path: `items.${row}.code`,
            message: `"${incoming.code}" belongs to another organisation`,
            code: 'fee.code_taken',
          });
          continue;
        }
        if (!existing) {
          const id = `fee-${slug(`${organisation.id}-${incoming.code}`)}`;
          const made = publiciseNewItem(
            { ...incoming, id, chargingBody: { id: organisation.id, name: organisation.name } },
            { today, openObjections: 0 },
          );
          planned.push({ item: feeItemSchema.parse(made.item), history: made.history, changed: true });
          continue;
        }
        const result = feeTransition(
          existing,
          { type: 'edit', changes: incoming },
          { today, openObjections: store.openObjections(existing.id) },
        );
        if (!result.ok) errors.push({ path: `items.${row}`, message: result.detail, code: result.code });
        else planned.push(result);
      }
      if (errors.length) return validationProblem(errors, instance(request));
      for (const plan of planned) store.save(plan.item, plan.history, plan.changed);
      const created = planned.filter((plan) => plan.history.some((h) => h.kind === 'publicised')).length;
      const changed = planned.filter((plan) => plan.changed).length - created;
      const result: FeeImportResult = {
        created,
        updated: changed,
        unchanged: planned.length - created - changed,
        items: planned.filter((plan) => plan.changed).map((plan) => plan.item),
      };
      return HttpResponse.json(result);
    }),
  ];
}

export { MockFeeError };
