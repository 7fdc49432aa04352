import type { FieldError } from '@sw/contracts';
import { ReleaseError, type ReleaseErrorCode } from '@sw/release';
import { ProblemError } from '../http/problem.ts';

const CODES = {
  not_found: 'release.not_found',
  conflict: 'release.conflict',
  not_allowed: 'release.not_allowed',
  invalid: 'release.invalid',
  immutable: 'release.not_allowed',
  usage: 'validation.failed',
} as const satisfies Record<ReleaseErrorCode, string>;

/**
 * The release tool's refusals as problems: `release.invalid` lists every validation error as a
 * field error (`path`: module and rule, `code`: the rule) so the console can show each one.
 */
export function releaseProblem(error: unknown): unknown {
  if (!(error instanceof ReleaseError)) return error;
  const errors: FieldError[] | undefined = error.details.validation?.issues
    .filter((issue) => issue.severity === 'error')
    .map((issue) => ({
      path: [issue.module ?? 'release', issue.rule, ...(issue.dependency ? [issue.dependency] : [])].join('.'),
      message: issue.message,
      code: issue.rule,
    }));
  return new ProblemError(CODES[error.code], error.message, errors ? { errors } : {});
}

/** Runs a release-tool call, turning its refusals into problems. */
export async function asProblem<T>(call: () => T | Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw releaseProblem(error);
  }
}
