// First, before any schema is built (see the file).
import './zodConfig.ts';

export { LOCALES, DEFAULT_LOCALE, localeSchema, localizedTextSchema } from './locale.ts';
export type { Locale, LocalizedText } from './locale.ts';
export {
  RELEASE_SCHEMA_VERSION,
  SLOTS,
  moduleNameSchema,
  releaseAppSchema,
  releaseModuleSchema,
  releaseManifestSchema,
  parseReleaseManifest,
  HOST_CONTRACT_VERSION,
  hostContractSupports,
  sriSchema,
  integrityMapSchema,
  releaseCanarySchema,
  releaseTestingSchema,
} from './release.ts';
export type {
  ReleaseApp,
  ReleaseManifest,
  ReleaseManifestInput,
  ReleaseModule,
  IntegrityMap,
  ReleaseCanary,
  ReleaseTesting,
} from './release.ts';
export { complaintPrefillSchema } from './events.ts';
export type { ComplaintPrefill, NavigationPayloads, SuiteEventName, SuiteEvents, SuiteRoute } from './events.ts';
export type {
  AuthSource,
  Session,
  EventBus,
  LocaleSource,
  ModuleDescriptor,
  ModuleHost,
  ModuleIsolation,
  ModuleLocation,
  ModuleProps,
  Navigator,
  Unsubscribe,
} from './host.ts';
export { PROBLEM_CONTENT_TYPE, problemSchema } from './problem.ts';
export type { Problem } from './problem.ts';
export { PORT_IDS, portIdSchema, portSchema } from './ports.ts';
export { ORGANISATION_KINDS, organisationKindSchema, organisationSchema } from './organisations.ts';
export type { Organisation, OrganisationKind } from './organisations.ts';
export type { Port, PortId } from './ports.ts';
export {
  FEE_CATEGORIES,
  FEE_STATUSES,
  FEE_UNITS,
  PRICING_TYPES,
  feeCategorySchema,
  feeItemSchema,
  feeListResponseSchema,
  feeStandardSchema,
  feeStatusSchema,
  feeUnitSchema,
  pricingTypeSchema,
} from './fees/schema.ts';
export type {
  FeeCategory,
  FeeItem,
  FeeListResponse,
  FeeStandard,
  FeeStatus,
  FeeUnit,
  PricingType,
} from './fees/schema.ts';
export {
  FEE_SORT_KEYS,
  createFeeSearchIndex,
  feeIndicativeAmount,
  feeQueryFromSearchParams,
  feeQuerySchema,
  feeQueryToSearchParams,
  normaliseSearchText,
  sortFees,
} from './fees/query.ts';
export type { FeeQuery, FeeSearchIndex } from './fees/query.ts';
export { API_ERROR_CODES, PROBLEM_TITLES, createProblem } from './api/errors.ts';
export { fieldErrorsFromQuery, fieldErrorsFromZod } from './api/fieldErrors.ts';
export type { SchemaIssue } from './api/fieldErrors.ts';
export type { ApiErrorCode, ProblemInit } from './api/errors.ts';
export { IDEMPOTENCY_KEY_HEADER, IDEMPOTENT_REPLAYED_HEADER, localeFromAcceptLanguage } from './api/http.ts';
export {
  FEE_ID_PATTERN,
  FEE_LIST_MAX_LIMIT,
  FEE_STATUS_TRANSITIONS,
  feeCreateRequestSchema,
  feeListPageSchema,
  feeListQueryParamsSchema,
  feeUpdateRequestSchema,
  parseFeeListParams,
} from './api/fees.ts';
export type {
  FeeCreateRequest,
  FeeCreateRequestInput,
  FeeListPage,
  FeeListParamsResult,
  FeeUpdateRequest,
  FieldError,
} from './api/fees.ts';
export {
  ANONYMOUS,
  ROLES,
  TOKEN_CLAIMS,
  demoUserSchema,
  devLoginRequestSchema,
  principalSchema,
  roleSchema,
  tokenResponseSchema,
} from './api/auth.ts';
export type { DemoUser, DevLoginRequest, Principal, Role, TokenResponse } from './api/auth.ts';
export {
  OBJECTION_STATUSES,
  objectionCreateRequestSchema,
  objectionListResponseSchema,
  objectionResolveRequestSchema,
  objectionSchema,
  objectionStatusSchema,
} from './api/objections.ts';
export type {
  Objection,
  ObjectionCreateRequest,
  ObjectionListResponse,
  ObjectionResolveRequest,
  ObjectionStatus,
} from './api/objections.ts';
export {
  AUDIT_ACTIONS,
  AUDIT_RESOURCES,
  auditEntrySchema,
  auditListResponseSchema,
  auditQuerySchema,
} from './api/audit.ts';
export type { AuditEntry, AuditListResponse, AuditQuery } from './api/audit.ts';
export { healthResponseSchema } from './api/health.ts';
export type { HealthResponse } from './api/health.ts';
export * from './calendar/index.ts';
export * from './usage/index.ts';
export * from './clearance/index.ts';
export * from './serviceTimes/index.ts';
export * from './fees/index.ts';
export * from './complaints/index.ts';
export * from './releases/index.ts';
