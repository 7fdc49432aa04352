export {
  CLOCK_START_EVENTS,
  OPTIONAL_OPERATIONS,
  REQUIRED_OPERATIONS,
  SERVICE_OPERATIONS,
  TIME_UNITS,
  clockStartSchema,
  isRequiredOperation,
  serviceOperationSchema,
  timeLimitMinutes,
  timeUnitSchema,
} from './operations.ts';
export type { ClockStart, ServiceOperation, TimeUnit } from './operations.ts';
export { terminalListResponseSchema, terminalSchema } from './terminal.ts';
export type { Terminal, TerminalListResponse } from './terminal.ts';
export {
  STANDARD_STATUSES,
  commitmentPercentSchema,
  serviceStandardSchema,
  standardHistoryResponseSchema,
  standardListResponseSchema,
  standardPublishRequestSchema,
  standardStatusSchema,
  timeLimitSchema,
} from './standard.ts';
export type {
  ServiceStandard,
  StandardHistoryResponse,
  StandardListResponse,
  StandardPublishRequest,
  StandardPublishRequestInput,
  StandardStatus,
  TimeLimit,
} from './standard.ts';
export {
  backdatingError,
  currentStandards,
  latestVersion,
  repeatsVersion,
  versionInForceOn,
  withStatuses,
} from './versions.ts';
export type { StandardVersion } from './versions.ts';
export {
  COVERAGE_STATUSES,
  DISCLOSURE_DEADLINE,
  coverageOf,
  coverageResponseSchema,
  coverageStatusSchema,
  terminalCoverageSchema,
} from './coverage.ts';
export type { CoverageResponse, CoverageStatus, TerminalCoverage } from './coverage.ts';
export {
  ACTUALS_FIRST_MONTH,
  ACTUALS_ROW_CODES,
  ACTUALS_UPLOAD_MAX_ROWS,
  actualsListResponseSchema,
  actualsRowSchema,
  actualsUploadRequestSchema,
  actualsUploadResponseSchema,
  checkActualsRows,
  committedPercentFor,
  monthlyActualSchema,
  sortMonthlyActuals,
  toMonthlyActual,
} from './actuals.ts';
export type {
  ActualsListResponse,
  ActualsRow,
  ActualsUploadRequest,
  ActualsUploadResponse,
  MonthlyActual,
} from './actuals.ts';
export {
  actualsListQueryParamsSchema,
  parseActualsListParams,
  parseOperationParam,
  parseStandardListParams,
  standardListQueryParamsSchema,
} from './query.ts';
export type { ActualsListQuery, ServiceTimesParamsResult, StandardListQuery } from './query.ts';
export { lastDayOfMonth, monthsBefore, shenzhenDate, shenzhenMonth } from './dates.ts';
export { hasAtMostOneDecimal } from './numbers.ts';
