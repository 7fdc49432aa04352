import type { Principal } from '../api/auth.ts';
import type { ClearanceAgency } from './schema.ts';

/**
 * Who may propose changes to an agency's steps: the agency's own operators, and the single-window
 * team. (The server decides with its policy; this tells the UI and the mocks the same thing.)
 */
export function mayProposeFor(
  principal: Principal | undefined,
  agency: Pick<ClearanceAgency, 'organisationId'>,
): boolean {
  if (!principal) return false;
  if (principal.role === 'admin') return true;
  return (
    principal.role === 'operator' &&
    principal.organisationId !== undefined &&
    principal.organisationId === agency.organisationId
  );
}

/** Only the single-window team approves or rejects proposals. */
export const mayReview = (principal: Principal | undefined) => principal?.role === 'admin';
