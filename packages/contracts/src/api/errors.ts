import type { Problem } from '../problem.ts';
import { COMPLAINT_ERROR_CODES } from '../complaints/errors.ts';
import { RELEASE_ERROR_CODES } from '../releases/errors.ts';

/**
 * Every stable `code` the portal API answers with, and its HTTP status. Clients branch on the code;
 * `*.not_found` codes name the resource (`fee.not_found`, `objection.not_found`, `route.not_found`).
 */
export const API_ERROR_CODES = {
  'validation.failed': 400,
  'request.malformed_json': 400,
  'idempotency.invalid_key': 400,
  'auth.required': 401,
  'auth.invalid_token': 401,
  'auth.forbidden': 403,
  'route.not_found': 404,
  'fee.not_found': 404,
  'objection.not_found': 404,
  'clearance.procedure_not_found': 404,
  'clearance.version_not_found': 404,
  'clearance.step_not_found': 404,
  'clearance.draft_not_found': 404,
  'user.not_found': 404,
  'terminal.not_found': 404,
  'service_standard.not_found': 404,
  'method.not_allowed': 405,
  'fee.id_taken': 409,
  'fee.code_taken': 409,
  'fee.invalid_transition': 409,
  'fee.objections_open': 409,
  'fee.not_publicised': 409,
  'fee.publicity_running': 409,
  'fee.publicity_closed': 409,
  'fee.change_pending': 409,
  'fee.no_pending_change': 409,
  'fee.not_editable': 409,
  'objection.already_resolved': 409,
  'clearance.draft_exists': 409,
  'clearance.draft_not_editable': 409,
  'clearance.draft_not_in_review': 409,
  'service_standard.unchanged': 409,
  'idempotency.in_progress': 409,
  'request.too_large': 413,
  'request.unsupported_media_type': 415,
  'idempotency.key_reused': 422,
  rate_limited: 429,
  ...COMPLAINT_ERROR_CODES,
  ...RELEASE_ERROR_CODES,
  'internal.error': 500,
  'service.unavailable': 503,
} as const;
export type ApiErrorCode = keyof typeof API_ERROR_CODES;

/** RFC 9457: with `type: 'about:blank'` the title is the HTTP status phrase. */
export const PROBLEM_TITLES: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export type ProblemInit = Omit<Problem, 'type' | 'title'> & Partial<Pick<Problem, 'type' | 'title'>>;

/** A problem document with `type: 'about:blank'` and the status phrase as title unless given. */
export function createProblem(init: ProblemInit): Problem {
  return { type: 'about:blank', title: PROBLEM_TITLES[init.status] ?? `HTTP ${init.status}`, ...init };
}
