import { API_ERROR_CODES, fieldErrorsFromZod, type ApiErrorCode, type Principal } from '@sw/contracts';
import { problemResponse, validationProblem } from './problem.ts';
import { MockFeeError } from './feesStore.ts';

export const invalidBody = (error: Parameters<typeof fieldErrorsFromZod>[0], instance: string) =>
  validationProblem(fieldErrorsFromZod(error), instance);

export function codeProblem(code: ApiErrorCode, detail: string, instance: string) {
  return problemResponse({ status: API_ERROR_CODES[code], code, detail, instance });
}

export function storeProblem(error: unknown, instance: string) {
  if (error instanceof MockFeeError) return codeProblem(error.code, error.detail, instance);
  throw error;
}

/** 401 for the anonymous public, 403 for a signed-in user without the right; undefined when allowed. */
export function refuse(principal: Principal, allowed: boolean, what: string, instance: string) {
  if (allowed) return undefined;
  return principal.role === 'public'
    ? codeProblem('auth.required', `sign in to ${what}`, instance)
    : codeProblem('auth.forbidden', `the ${principal.role} role may not ${what}`, instance);
}

/** Operators act on their own organisation's records, admins on any. */
export const mayEditFees = (principal: Principal, organisationId: string | undefined) =>
  principal.role === 'admin' || (principal.role === 'operator' && principal.organisationId === organisationId);

export async function jsonBody(request: Request): Promise<unknown> {
  return request.json().catch(() => undefined);
}
