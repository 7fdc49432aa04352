import { HttpResponse } from 'msw';
import { PROBLEM_CONTENT_TYPE, createProblem, type Problem, type ProblemInit } from '@sw/contracts';

export type FieldError = NonNullable<Problem['errors']>[number];

export type { ProblemInit };

/**
 * An RFC 9457 problem+json response. `type` defaults to `about:blank`, so `title` defaults to the
 * HTTP status phrase as the RFC asks; clients branch on the stable `code`, not on the title.
 */
export function problemResponse(init: ProblemInit): HttpResponse<Problem> {
  const problem = createProblem(init);
  return HttpResponse.json<Problem>(problem, {
    status: problem.status,
    headers: { 'Content-Type': PROBLEM_CONTENT_TYPE },
  });
}

export function notFoundProblem(code: string, detail: string, instance?: string): HttpResponse<Problem> {
  return problemResponse({ status: 404, code, detail, ...(instance ? { instance } : {}) });
}

export function validationProblem(errors: FieldError[], instance?: string): HttpResponse<Problem> {
  return problemResponse({
    status: 400,
    code: 'validation.failed',
    detail: errors.map((e) => `${e.path}: ${e.message}`).join('; '),
    errors,
    ...(instance ? { instance } : {}),
  });
}
