export { FEES, FEES_AS_OF, feeById } from './fees.ts';
export { ORGANISATIONS, PORTS, organisationById } from './organisations.ts';
export type { Organisation, OrganisationId, OrganisationKind } from './organisations.ts';
export { DEMO_USERS } from './users.ts';
