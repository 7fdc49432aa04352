import type { Problem } from '@sw/contracts';

/** The API answered with an error; `problem` is its RFC 9457 body (synthesised when it sent none). */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly problem: Problem,
    readonly response?: Response,
  ) {
    super(problem.detail ?? problem.title);
  }
  get status(): number {
    return this.problem.status;
  }
  get code(): string {
    return this.problem.code;
  }
  /** Per-field messages keyed by path, for showing beside form fields. */
  fieldErrors(): Record<string, string> {
    return Object.fromEntries((this.problem.errors ?? []).map((e) => [e.path, e.message]));
  }
}

/** The request never got an answer (offline, DNS, CORS, aborted by timeout). */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
  constructor(cause: unknown) {
    super('network request failed', { cause });
  }
}

/** The API answered 2xx but the body does not match the contract: a bug on one side, never user error. */
export class ContractError extends Error {
  override readonly name = 'ContractError';
  constructor(
    readonly path: string,
    readonly issues: string[],
  ) {
    super(`response of ${path} does not match the contract: ${issues.join('; ')}`);
  }
}

export function isRetryable(error: unknown): boolean {
  return error instanceof NetworkError || (error instanceof ApiError && (error.status >= 500 || error.status === 429));
}
