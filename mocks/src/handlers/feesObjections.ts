import { http, HttpResponse, type HttpHandler } from 'msw';
import {
  localeFromAcceptLanguage,
  objectionCreateRequestSchema,
  objectionResolveRequestSchema,
  objectionStatusSchema,
  type Objection,
  type Principal,
} from '@sw/contracts';
import { principalOf } from './auth.ts';
import { codeProblem, invalidBody, jsonBody, refuse, storeProblem } from './feesHttp.ts';
import type { MockFeeStore } from './feesStore.ts';
import { notFoundProblem } from './problem.ts';

const hex = (bytes: number) =>
  Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();

/** Operators see what is objected to and why, not who objects (as the server answers). */
function forViewer(objection: Objection, viewer: Principal): Objection {
  if (viewer.role !== 'operator') return objection;
  const { name: _name, organisation: _organisation, contact: _contact, ...rest } = objection;
  return rest;
}

/** Objections in the mock API: anyone lodges one; operators read their own items'; the regulator decides. */
export function createFeeObjectionHandlers(base: string, store: MockFeeStore): HttpHandler[] {
  const instance = (request: Request) => new URL(request.url).pathname;
  return [
    http.post<{ id: string }>(`${base}/fees/:id/objections`, async ({ request, params }) => {
      store.tick();
      const item = store.get(params.id);
      if (!item) return notFoundProblem('fee.not_found', `No fee item with id "${params.id}".`, instance(request));
      const body = objectionCreateRequestSchema.safeParse(await jsonBody(request));
      if (!body.success) return invalidBody(body.error, instance(request));
      const now = store.now();
      const reference = `OBJ-${now.toISOString().slice(0, 10).replaceAll('-', '')}-${hex(4)}`;
      try {
        store.apply(item.id, { type: 'objection-lodged', reference });
      } catch (error) {
        return storeProblem(error, instance(request));
      }
      const { contact, ...rest } = body.data;
      const objection: Objection = {
        id: crypto.randomUUID(),
        reference,
        feeId: item.id,
        status: 'open',
        ...rest,
        ...(contact && (contact.email || contact.phone) ? { contact } : {}),
        locale: body.data.locale ?? localeFromAcceptLanguage(request.headers.get('accept-language')),
        submittedAt: now.toISOString(),
      };
      store.objections.push(objection);
      return HttpResponse.json(objection, { status: 201, headers: { Location: `/api/objections/${objection.id}` } });
    }),
    http.get<{ id: string }>(`${base}/fees/:id/objections`, ({ request, params }) => {
      const principal = principalOf(request);
      const item = store.get(params.id);
      if (!item) return notFoundProblem('fee.not_found', `No fee item with id "${params.id}".`, instance(request));
      const allowed =
        principal.role === 'regulator' ||
        principal.role === 'admin' ||
        (principal.role === 'operator' && principal.organisationId === item.chargingBody.id);
      const denied = refuse(principal, allowed, 'read objections to this charge', instance(request));
      if (denied) return denied;
      const items = store.objections
        .filter((o) => o.feeId === item.id)
        .reverse()
        .map((o) => forViewer(o, principal));
      return HttpResponse.json({ items, total: items.length });
    }),
    http.get(`${base}/objections`, ({ request }) => {
      const principal = principalOf(request);
      const denied = refuse(
        principal,
        principal.role === 'regulator' || principal.role === 'admin',
        'list objections',
        instance(request),
      );
      if (denied) return denied;
      const status = objectionStatusSchema
        .optional()
        .safeParse(new URL(request.url).searchParams.get('status') ?? undefined);
      if (!status.success) return invalidBody(status.error, instance(request));
      const items = [...store.objections].reverse().filter((o) => !status.data || o.status === status.data);
      return HttpResponse.json({ items, total: items.length });
    }),
    http.patch<{ id: string }>(`${base}/objections/:id`, async ({ request, params }) => {
      const principal = principalOf(request);
      const denied = refuse(
        principal,
        principal.role === 'regulator' || principal.role === 'admin',
        'decide objections',
        instance(request),
      );
      if (denied) return denied;
      const objection = store.objections.find((o) => o.id === params.id);
      if (!objection)
        return notFoundProblem('objection.not_found', `No objection with id "${params.id}".`, instance(request));
      const body = objectionResolveRequestSchema.safeParse(await jsonBody(request));
      if (!body.success) return invalidBody(body.error, instance(request));
      if (objection.status !== 'open') {
        return codeProblem(
          'objection.already_resolved',
          `Objection ${objection.reference} is already ${objection.status}.`,
          instance(request),
        );
      }
      const decided: Objection = {
        ...objection,
        status: body.data.status,
        resolution: body.data.resolution,
        resolvedAt: store.now().toISOString(),
      };
      store.objections[store.objections.indexOf(objection)] = decided;
      try {
        store.apply(objection.feeId, {
          type: 'objection-decided',
          reference: objection.reference,
          decision: body.data.status,
          resolution: body.data.resolution,
        });
      } catch (error) {
        return storeProblem(error, instance(request));
      }
      return HttpResponse.json(decided);
    }),
  ];
}
