import type { ApiErrorCode } from '../api/errors.ts';
import type { ClearanceDraft, DraftStatus, ProcedureVersion } from './api.ts';
import { changedStepFields } from './compare.ts';
import type { ClearanceProcedure } from './schema.ts';

export type DraftAction = 'update' | 'submit' | 'review';

/** Which status each action needs: a rejected proposal is edited (back to draft) before it is resubmitted. */
const ALLOWED: Record<DraftAction, readonly DraftStatus[]> = {
  update: ['draft', 'rejected'],
  submit: ['draft'],
  review: ['in-review'],
};

/** Why a draft in this status cannot take the action, as the API's stable code; undefined when it can. */
export function draftActionRefusal(status: DraftStatus, action: DraftAction): ApiErrorCode | undefined {
  if (ALLOWED[action].includes(status)) return undefined;
  return action === 'review' ? 'clearance.draft_not_in_review' : 'clearance.draft_not_editable';
}

/**
 * The next published version of a procedure with an approved proposal applied: the step's new
 * content, the version number and date, and what changed (for the history).
 */
export function publishDraft(
  current: ClearanceProcedure,
  draft: Pick<ClearanceDraft, 'stepId' | 'content' | 'note' | 'author'>,
  meta: { at: string; approvedBy: string },
): { procedure: ClearanceProcedure; version: ProcedureVersion } {
  const before = current.steps.find((step) => step.id === draft.stepId);
  if (!before) throw new Error(`procedure ${current.id} has no step ${draft.stepId}`);
  const after = { ...draft.content, id: before.id, agencyId: before.agencyId };
  const procedure: ClearanceProcedure = {
    ...current,
    steps: current.steps.map((step) => (step.id === draft.stepId ? after : step)),
    version: current.version + 1,
    publishedAt: meta.at,
  };
  return {
    procedure,
    version: {
      version: procedure.version,
      publishedAt: meta.at,
      note: draft.note,
      changes: [{ stepId: draft.stepId, kind: 'changed', fields: changedStepFields(before, after) }],
      proposedBy: draft.author.name,
      approvedBy: meta.approvedBy,
    },
  };
}

/** The first version's history entry. */
export function firstVersion(procedure: ClearanceProcedure): ProcedureVersion {
  return { version: procedure.version, publishedAt: procedure.publishedAt, note: 'First publication', changes: [] };
}
