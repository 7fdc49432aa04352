import type { HttpHandler } from 'msw';
import { createAuthHandlers } from './handlers/auth.ts';
import { createFeeHandlers } from './handlers/fees.ts';

/** Every mock API handler, for `setupWorker`, `setupServer` or `getResponse`. */
export const handlers: HttpHandler[] = [...createAuthHandlers(), ...createFeeHandlers()];

export { createAuthHandlers, mockToken, principalOf } from './handlers/auth.ts';
export { createFeeHandlers, localeFromAcceptLanguage, parseFeeQueryStrict } from './handlers/fees.ts';
export type { MockApiOptions, StrictFeeQueryResult } from './handlers/fees.ts';
export { notFoundProblem, problemResponse, validationProblem } from './handlers/problem.ts';
export type { FieldError, ProblemInit } from './handlers/problem.ts';
export * from './data/index.ts';
