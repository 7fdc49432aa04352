import type { HttpHandler } from 'msw';
import { createAuthHandlers } from './handlers/auth.ts';
import { createFeeHandlers } from './handlers/fees.ts';
import { createUsageHandlers } from './handlers/usage.ts';
import { createServiceTimesHandlers } from './handlers/serviceTimes.ts';
import { createClearanceHandlers } from './handlers/clearance.ts';
import { createComplaintHandlers } from './handlers/complaints.ts';
import { createReleaseHandlers } from './handlers/releases.ts';

/** Every mock API handler, for `setupWorker`, `setupServer` or `getResponse`. */
export const handlers: HttpHandler[] = [
  ...createAuthHandlers(),
  ...createFeeHandlers(),
  ...createUsageHandlers(),
  ...createServiceTimesHandlers(),
  ...createClearanceHandlers(),
  ...createComplaintHandlers(),
  ...createReleaseHandlers(),
];

export { createAuthHandlers, mockToken, principalOf } from './handlers/auth.ts';
export { createFeeHandlers, localeFromAcceptLanguage, mockFeeStore, parseFeeQueryStrict } from './handlers/fees.ts';
export type { MockApiOptions, StrictFeeQueryResult } from './handlers/fees.ts';
export { MockFeeStore } from './handlers/feesStore.ts';
export { notFoundProblem, problemResponse, validationProblem } from './handlers/problem.ts';
export type { FieldError, ProblemInit } from './handlers/problem.ts';
export { createUsageHandlers, resetUsageMocks } from './handlers/usage.ts';
export { createUsageMockStore } from './handlers/usage-store.ts';
export type { UsageMockStore } from './handlers/usage-store.ts';
export { createServiceTimesHandlers, resetServiceTimesMocks } from './handlers/serviceTimes.ts';
export { createServiceTimesMockStore } from './handlers/serviceTimesStore.ts';
export type { ServiceTimesMockStore } from './handlers/serviceTimesStore.ts';
export { createClearanceHandlers, resetClearanceMocks } from './handlers/clearance.ts';
export { createClearanceMockStore } from './handlers/clearanceStore.ts';
export type { ClearanceMockStore } from './handlers/clearanceStore.ts';
export { createComplaintHandlers, resetComplaintMocks } from './handlers/complaints.ts';
export { createComplaintMockStore } from './handlers/complaintsStore.ts';
export type { ComplaintMockStore } from './handlers/complaintsStore.ts';
export { createReleaseHandlers, mockReleaseStore, resetReleaseMocks } from './handlers/releases.ts';
export { createReleaseMockStore } from './handlers/releasesStore.ts';
export type { ReleaseMockStore } from './handlers/releasesStore.ts';
export * from './data/index.ts';
export { signInDemoUser } from './demoSignIn.ts';
