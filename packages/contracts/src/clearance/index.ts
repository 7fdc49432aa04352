export {
  AGENCY_KINDS,
  CARGO_CATEGORIES,
  CLEARANCE_DIRECTIONS,
  CLEARANCE_ID_PATTERN,
  CLEARANCE_MODES,
  CLEARANCE_VARIANTS,
  COST_BASES,
  TRADER_TYPES,
  agencyKindSchema,
  cargoCategorySchema,
  clearanceAgencySchema,
  clearanceBenchmarkSchema,
  clearanceDirectionSchema,
  clearanceModeSchema,
  clearanceProcedureSchema,
  clearanceStepSchema,
  clearanceVariantSchema,
  costBasisSchema,
  legalBasisSchema,
  stepContactSchema,
  stepContentSchema,
  stepCostSchema,
  stepDocumentSchema,
  stepTimingSchema,
  traderTypeSchema,
} from './schema.ts';
export type {
  AgencyKind,
  CargoCategory,
  ClearanceAgency,
  ClearanceBenchmark,
  ClearanceDirection,
  ClearanceMode,
  ClearanceProcedure,
  ClearanceStep,
  ClearanceVariant,
  CostBasis,
  LegalBasis,
  StepContact,
  StepContent,
  StepCost,
  StepDocument,
  StepTiming,
  TraderType,
} from './schema.ts';
export { documentChecklist, procedureTotals, procedureTotalsSchema, typicalMinutesOf } from './totals.ts';
export type { ChecklistDocument, ProcedureTotals, TotalsOptions } from './totals.ts';
export { STEP_FIELDS, changedStepFields, compareSteps, stepFieldSchema } from './compare.ts';
export type { StepComparison, StepField } from './compare.ts';
export {
  PROCEDURE_LIST_KEYS,
  matchesProcedureQuery,
  parseProcedureQuery,
  procedureQueryFromSearchParams,
  procedureQuerySchema,
  procedureQueryToSearchParams,
} from './query.ts';
export type { ProcedureQuery, ProcedureQueryResult } from './query.ts';
export {
  DRAFT_STATUSES,
  OPEN_DRAFT_STATUSES,
  VERSION_CHANGE_KINDS,
  agencyListResponseSchema,
  benchmarkListResponseSchema,
  clearanceDraftSchema,
  draftCreateRequestSchema,
  draftListQuerySchema,
  draftListResponseSchema,
  draftReviewRequestSchema,
  draftReviewSchema,
  draftStatusSchema,
  draftUpdateRequestSchema,
  procedureListQueryParamsSchema,
  procedureListResponseSchema,
  procedureSummarySchema,
  procedureVersionListSchema,
  procedureVersionSchema,
  stepOutlineSchema,
  toProcedureSummary,
} from './api.ts';
export type {
  AgencyListResponse,
  BenchmarkListResponse,
  ClearanceDraft,
  DraftCreateRequest,
  DraftListResponse,
  DraftReview,
  DraftReviewRequest,
  DraftStatus,
  DraftUpdateRequest,
  ProcedureListResponse,
  ProcedureSummary,
  ProcedureVersion,
  ProcedureVersionList,
} from './api.ts';
export {
  MAX_SHIPMENT_UNITS,
  SHIPMENT_QUESTIONS,
  proceduresForShipment,
  shipmentAnswersFromSearchParams,
  shipmentAnswersSchema,
  shipmentAnswersToSearchParams,
  shipmentChecklist,
  stepAppliesTo,
} from './checklist.ts';
export type { ShipmentAnswers, ShipmentChecklist } from './checklist.ts';
export { mayProposeFor, mayReview } from './permissions.ts';
export { sameJson } from './equality.ts';
export { draftActionRefusal, firstVersion, publishDraft } from './publish.ts';
export type { DraftAction } from './publish.ts';
