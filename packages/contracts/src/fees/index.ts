// The fee domain beyond the catalogue schema and query (exported from ../index.ts directly).
export {
  FEE_CONDITIONS,
  SHIPMENT_DIRECTIONS,
  feeApplicabilitySchema,
  feeConditionSchema,
  pendingChangeSchema,
  publicitySchema,
  shipmentDirectionSchema,
} from './schema.ts';
export type { FeeApplicability, FeeCondition, PendingChange, Publicity, ShipmentDirection } from './schema.ts';
export {
  FEE_HISTORY_KINDS,
  changePercent,
  feeHistoryEntrySchema,
  feeHistoryKindSchema,
  feeHistoryResponseSchema,
  feeReductionListSchema,
  feeReductionQuerySchema,
  feeSummarySchema,
  isReduction,
  standardAmount,
} from './history.ts';
export type { FeeHistoryEntry, FeeHistoryKind, FeeHistoryResponse, FeeReductionList, FeeSummary } from './history.ts';
export {
  DEFAULT_PUBLICITY_WORKING_DAYS,
  feeTransition,
  isRaise,
  openPublicity,
  publiciseNewItem,
  publicityFrom,
  publicityOf,
  sameStandard,
} from './lifecycle.ts';
export type { FeeEdit, FeeEvent, HistoryDraft, LifecycleContext, LifecycleErrorCode, Transition } from './lifecycle.ts';
export {
  SHIPMENT_CONDITIONS,
  conditionOf,
  defaultCondition,
  directionsOf,
  estimateCharges,
  isChargeable,
  shipmentFromSearchParams,
  shipmentSchema,
  shipmentToSearchParams,
} from './estimate.ts';
export type { Estimate, EstimateLine, EstimateSkipReason, Shipment, ShipmentInput } from './estimate.ts';
export {
  FEE_FILE_COLUMNS,
  REQUIRED_FEE_FILE_COLUMNS,
  diffFeeImport,
  duplicateFeeCodes,
  feeToFileRow,
  missingFeeFileColumns,
  parseFeeFileRow,
} from './fileRows.ts';
export type { FeeFileColumn, FeeFileRow, FeeImportDiff, FeeRowError, FeeRowProblem, ParsedFeeRow } from './fileRows.ts';
export {
  OPEN_DATA_CSV_COLUMNS,
  OPEN_DATA_LICENCE,
  OPEN_DATA_PUBLISHER,
  OPEN_DATA_TITLE,
  PUBLISHED_STATUSES,
  feeOpenData,
  feeOpenDataSchema,
  feesToCsv,
  isPublished,
} from './openData.ts';
export type { FeeOpenData } from './openData.ts';
export {
  FEE_IMPORT_MAX_ROWS,
  feeImportItemSchema,
  feeImportRequestSchema,
  feeImportResultSchema,
} from '../api/fees.ts';
export type { FeeImportItem, FeeImportRequest, FeeImportRequestInput, FeeImportResult } from '../api/fees.ts';
