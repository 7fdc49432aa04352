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
} from './release.ts';
export type { ReleaseApp, ReleaseManifest, ReleaseManifestInput, ReleaseModule } from './release.ts';
export { complaintPrefillSchema } from './events.ts';
export type { ComplaintPrefill, NavigationPayloads, SuiteEventName, SuiteEvents, SuiteRoute } from './events.ts';
export type {
  EventBus,
  LocaleSource,
  ModuleDescriptor,
  ModuleHost,
  ModuleProps,
  Navigator,
  Unsubscribe,
} from './host.ts';
export { PROBLEM_CONTENT_TYPE, problemSchema } from './problem.ts';
export type { Problem } from './problem.ts';
export { PORT_IDS, portIdSchema, portSchema } from './ports.ts';
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
