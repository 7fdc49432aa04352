import { HttpResponse } from 'msw';
import { PROBLEM_CONTENT_TYPE, type Problem } from '@sw/contracts';

export type FieldError = NonNullable<Problem['errors']>[number];

const STATUS_TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export type ProblemInit = Omit<Problem, 'type' | 'title'> & Partial<Pick<Problem, 'type' | 'title'>>;

/**
 * An RFC 9457 problem+json response. `type` defaults to `about:blank`, so `title` defaults to the
 * HTTP status phrase as the RFC asks; clients branch on the stable `code`, not on the title.
 */
export function problemResponse(init: ProblemInit): HttpResponse<Problem> {
  const problem: Problem = {
    type: 'about:blank',
    title: STATUS_TITLES[init.status] ?? `HTTP ${init.status}`,
    ...init,
  };
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
