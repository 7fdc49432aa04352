export { FEES, FEES_AS_OF, feeById } from './fees.ts';
export { FEE_HISTORY } from './feesHistory.ts';
export { generateFees } from './feesSynthetic.ts';
export { ORGANISATIONS, PORTS, organisationById } from './organisations.ts';
export type { Organisation, OrganisationId, OrganisationKind } from './organisations.ts';
export { DEMO_USERS } from './users.ts';
export { USAGE_AS_OF, USAGE_FIGURES, USAGE_FIRST_MONTH, USAGE_LAST_MONTH, demoUsageRevisions } from './usage.ts';
export { CLEARANCE_TIMES, CLEARANCE_TIMES_AS_OF, NATIONAL_CLEARANCE_TIMES } from './usage-clearance.ts';
export { TERMINALS, terminalById } from './serviceTimesTerminals.ts';
export { STANDARD_VERSIONS } from './serviceTimesStandards.ts';
export { ACTUALS_LAST_DEMO_MONTH, MONTHLY_ACTUALS } from './serviceTimesActuals.ts';
export type { StoredActual } from './serviceTimesActuals.ts';
export {
  CLEARANCE_AGENCIES,
  CLEARANCE_BENCHMARKS,
  CLEARANCE_PROCEDURES,
  CLEARANCE_PUBLISHED_AT,
  clearanceProcedureById,
} from './clearance.ts';
export { HOTLINES } from './hotlines.ts';
export { DEMO_COMPLAINT_FILES, demoComplaints } from './complaints.ts';
export { DEMO_RELEASES, DEMO_RELEASE_CHANNELS, DEMO_RELEASE_HISTORY } from './releases.ts';
