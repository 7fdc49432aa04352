import {
  API_ERROR_CODES,
  PROBLEM_CONTENT_TYPE,
  createProblem,
  type ApiErrorCode,
  type FieldError,
  type Problem,
} from '@sw/contracts';

/** Thrown anywhere in a request; `onError` turns it into an RFC 9457 problem+json response. */
export class ProblemError extends Error {
  readonly status: number;
  constructor(
    readonly code: ApiErrorCode,
    readonly detail?: string,
    readonly extra: { errors?: FieldError[]; headers?: Record<string, string> } = {},
  ) {
    super(detail ?? code);
    this.status = API_ERROR_CODES[code];
  }
}

export function problemResponse(problem: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { 'Content-Type': PROBLEM_CONTENT_TYPE, ...headers },
  });
}

export function errorResponse(error: ProblemError, instance: string): Response {
  const problem = createProblem({
    status: error.status,
    code: error.code,
    ...(error.detail ? { detail: error.detail } : {}),
    instance,
    ...(error.extra.errors ? { errors: error.extra.errors } : {}),
  });
  return problemResponse(problem, error.extra.headers);
}

/** `400 validation.failed` with one entry per field, the detail listing them (as the mocks do). */
export function validationError(errors: FieldError[]): ProblemError {
  return new ProblemError('validation.failed', errors.map((e) => `${e.path}: ${e.message}`).join('; '), { errors });
}
