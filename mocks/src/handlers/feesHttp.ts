import { API_ERROR_CODES, type ApiErrorCode, type Principal } from '@sw/contracts';
import { problemResponse, validationProblem, type FieldError } from './problem.ts';
import { MockFeeError } from './feesStore.ts';

/** The part of a ZodError read here (the mocks do not depend on zod themselves). */
interface ZodError {
  issues: ReadonlyArray<{ path: readonly PropertyKey[]; code: string; message: string; keys?: readonly string[] }>;
}

/** Zod issues as the server words them: dotted paths, one entry per unknown field. */
export function zodFieldErrors(error: ZodError): FieldError[] {
  return error.issues.flatMap((issue): FieldError[] => {
    const base = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      return issue.keys.map((key) => ({
        path: base ? `${base}.${key}` : key,
        message: 'unknown field',
        code: issue.code,
      }));
    }
    return [{ path: base, message: issue.message, code: issue.code }];
  });
}

export const invalidBody = (error: ZodError, instance: string) => validationProblem(zodFieldErrors(error), instance);

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
