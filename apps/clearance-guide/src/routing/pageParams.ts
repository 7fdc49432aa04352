/**
 * What the pages read from their location's search, shared by the pages and the prefetch at mount
 * (prefetchPage.ts), so both ask for the same queries.
 */

/** The search parameters the procedure page owns. */
export const PROCEDURE_KEYS = ['version'];

/** The procedure version asked for in `?version=`, when it is a whole number; the public one otherwise. */
export function procedureVersion(search: string | URLSearchParams): number | undefined {
  const value = new URLSearchParams(search).get('version');
  return value && /^[1-9][0-9]{0,8}$/.test(value) ? Number(value) : undefined;
}

/** The search parameters the compare page owns. */
export const COMPARE_KEYS = ['a', 'b'];

/** The two procedures to compare (`?a=&b=`), each when chosen. */
export function comparedProcedures(params: URLSearchParams): { a?: string; b?: string } {
  return { a: params.get('a') ?? undefined, b: params.get('b') ?? undefined };
}

/** The search parameters the new-proposal page owns. */
export const NEW_DRAFT_KEYS = ['procedure', 'step'];

/** The step a new proposal is for (`?procedure=&step=`); empty when not given. */
export function newDraftTarget(search: string | URLSearchParams): { procedureId: string; stepId: string } {
  const params = new URLSearchParams(search);
  return { procedureId: params.get('procedure') ?? '', stepId: params.get('step') ?? '' };
}
