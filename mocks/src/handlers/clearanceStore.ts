import {
  OPEN_DRAFT_STATUSES,
  draftActionRefusal,
  firstVersion,
  mayProposeFor,
  publishDraft,
  type ApiErrorCode,
  type ClearanceAgency,
  type ClearanceDraft,
  type ClearanceProcedure,
  type DraftCreateRequest,
  type DraftReviewRequest,
  type DraftUpdateRequest,
  type Principal,
  type ProcedureVersion,
} from '@sw/contracts';
import { CLEARANCE_AGENCIES, CLEARANCE_PROCEDURES } from '../data/clearance.ts';

/** Why the mocks refuse a request, as the server would (its stable code and a detail). */
export interface ClearanceRefusal {
  code: ApiErrorCode;
  detail: string;
}
export type StoreResult<T> = { ok: true; value: T } | { ok: false; refusal: ClearanceRefusal };

const refuse = (code: ApiErrorCode, detail: string): { ok: false; refusal: ClearanceRefusal } => ({
  ok: false,
  refusal: { code, detail },
});

interface Published {
  procedure: ClearanceProcedure;
  version: ProcedureVersion;
}

/**
 * The clearance guide's state in the mocks: published versions per procedure and the agencies'
 * proposals. Same rules as the server (shared from @sw/contracts); kept in memory, reset for tests.
 */
export function createClearanceMockStore(options: { now?: () => Date } = {}) {
  const now = options.now ?? (() => new Date());
  let history = new Map<string, Published[]>();
  let drafts = new Map<string, ClearanceDraft>();
  let serial = 0;

  function reset() {
    history = new Map(
      CLEARANCE_PROCEDURES.map((procedure) => [procedure.id, [{ procedure, version: firstVersion(procedure) }]]),
    );
    drafts = new Map();
    serial = 0;
  }
  reset();

  const agencyOf = (id: string): ClearanceAgency | undefined => CLEARANCE_AGENCIES.find((agency) => agency.id === id);
  const current = (id: string) => history.get(id)?.at(-1)?.procedure;

  /** An operator acts for the agencies of its organisation; the admin for every agency. */
  function authorizeFor(principal: Principal, agencyId: string, what: string): ClearanceRefusal | undefined {
    if (principal.role === 'public') return { code: 'auth.required', detail: `sign in to ${what}` };
    const agency = agencyOf(agencyId);
    if (agency && mayProposeFor(principal, agency)) return undefined;
    return {
      code: 'auth.forbidden',
      detail:
        principal.role === 'operator'
          ? `an operator of ${principal.organisationId ?? 'no organisation'} may ${what} only its own organisation's clearance-draft records`
          : `the ${principal.role} role may not ${what} clearance-draft records`,
    };
  }

  return {
    reset,
    procedures: () => [...history.values()].map((versions) => versions.at(-1)!.procedure),
    procedure: current,
    versions: (id: string) =>
      history
        .get(id)
        ?.map((entry) => entry.version)
        .reverse(),
    versionOf: (id: string, version: number) => history.get(id)?.find((entry) => entry.version.version === version),
    agencyOf,

    listDrafts(principal: Principal, status?: string): StoreResult<ClearanceDraft[]> {
      if (principal.role === 'public') return refuse('auth.required', 'sign in to read clearance-draft records');
      if (principal.role !== 'admin' && (principal.role !== 'operator' || !principal.organisationId)) {
        return refuse('auth.forbidden', `the ${principal.role} role may not read clearance-draft records`);
      }
      const visible = [...drafts.values()].filter(
        (draft) =>
          (principal.role === 'admin' || mayProposeFor(principal, agencyOf(draft.agencyId) ?? {})) &&
          (!status || draft.status === status),
      );
      return {
        ok: true,
        value: visible.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.id.localeCompare(a.id)),
      };
    },

    getDraft(principal: Principal, id: string): StoreResult<ClearanceDraft> {
      const draft = drafts.get(id);
      if (principal.role === 'public') return refuse('auth.required', 'sign in to read clearance-draft records');
      if (!draft) return refuse('clearance.draft_not_found', `No clearance draft with id "${id}".`);
      const refusal = authorizeFor(principal, draft.agencyId, 'read');
      return refusal ? { ok: false, refusal } : { ok: true, value: draft };
    },

    createDraft(principal: Principal, body: DraftCreateRequest): StoreResult<ClearanceDraft> {
      if (principal.role === 'public') return refuse('auth.required', 'sign in to create clearance-draft records');
      const procedure = current(body.procedureId);
      if (!procedure) return refuse('clearance.procedure_not_found', `No procedure with id "${body.procedureId}".`);
      const step = procedure.steps.find((s) => s.id === body.stepId);
      if (!step) return refuse('clearance.step_not_found', `Procedure "${procedure.id}" has no step "${body.stepId}".`);
      const refusal = authorizeFor(principal, step.agencyId, 'create');
      if (refusal) return { ok: false, refusal };
      const open = [...drafts.values()].find(
        (d) => d.procedureId === procedure.id && d.stepId === step.id && OPEN_DRAFT_STATUSES.includes(d.status),
      );
      if (open) {
        return refuse('clearance.draft_exists', `Step "${step.id}" already has an open proposal: ${open.id}.`);
      }
      const at = now().toISOString();
      const draft: ClearanceDraft = {
        id: `draft-${++serial}`,
        procedureId: procedure.id,
        stepId: step.id,
        agencyId: step.agencyId,
        baseVersion: procedure.version,
        status: 'draft',
        content: body.content,
        note: body.note,
        author: { id: principal.id, name: principal.name },
        createdAt: at,
        updatedAt: at,
        reviews: [],
      };
      drafts.set(draft.id, draft);
      return { ok: true, value: draft };
    },

    updateDraft(principal: Principal, id: string, body: DraftUpdateRequest): StoreResult<ClearanceDraft> {
      const found = this.getDraft(principal, id);
      if (!found.ok) return found;
      const refusal = authorizeFor(principal, found.value.agencyId, 'update');
      if (refusal) return { ok: false, refusal };
      const code = draftActionRefusal(found.value.status, 'update');
      if (code) return refuse(code, `The proposal is ${found.value.status}; it can no longer be edited.`);
      const draft: ClearanceDraft = {
        ...found.value,
        ...body,
        status: 'draft',
        updatedAt: now().toISOString(),
      };
      drafts.set(id, draft);
      return { ok: true, value: draft };
    },

    submitDraft(principal: Principal, id: string): StoreResult<ClearanceDraft> {
      const found = this.getDraft(principal, id);
      if (!found.ok) return found;
      const code = draftActionRefusal(found.value.status, 'submit');
      if (code) return refuse(code, `The proposal is ${found.value.status}; only a draft can be submitted.`);
      const at = now().toISOString();
      const draft: ClearanceDraft = { ...found.value, status: 'in-review', submittedAt: at, updatedAt: at };
      drafts.set(id, draft);
      return { ok: true, value: draft };
    },

    reviewDraft(principal: Principal, id: string, body: DraftReviewRequest): StoreResult<ClearanceDraft> {
      if (principal.role === 'public') return refuse('auth.required', 'sign in to review clearance-draft records');
      if (principal.role !== 'admin') {
        return refuse('auth.forbidden', `the ${principal.role} role may not review clearance-draft records`);
      }
      const draft = drafts.get(id);
      if (!draft) return refuse('clearance.draft_not_found', `No clearance draft with id "${id}".`);
      const code = draftActionRefusal(draft.status, 'review');
      if (code) return refuse(code, `The proposal is ${draft.status}; only a submitted proposal can be reviewed.`);
      const at = now().toISOString();
      const review = {
        decision: body.decision === 'approve' ? ('approved' as const) : ('rejected' as const),
        comment: body.comment ?? '',
        by: { id: principal.id, name: principal.name },
        at,
      };
      let next: ClearanceDraft = {
        ...draft,
        status: review.decision,
        updatedAt: at,
        reviews: [...draft.reviews, review],
      };
      if (review.decision === 'approved') {
        const published = publishDraft(current(draft.procedureId)!, draft, { at, approvedBy: principal.name });
        history.get(draft.procedureId)!.push(published);
        next = { ...next, publishedVersion: published.procedure.version };
      }
      drafts.set(id, next);
      return { ok: true, value: next };
    },
  };
}

export type ClearanceMockStore = ReturnType<typeof createClearanceMockStore>;
