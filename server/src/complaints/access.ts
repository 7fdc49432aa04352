import { complaintUnitsHandledBy, type Complaint, type Principal } from '@sw/contracts';
import { ProblemError } from '../http/problem.ts';

/**
 * Staff work on the tickets of the units they handle (the policy lets the role in; this keeps a
 * regulator to market regulation's tickets): `403 auth.forbidden` for a ticket of another unit.
 */
export function assertHandlesUnit(principal: Principal, complaint: Pick<Complaint, 'unit' | 'ticketNumber'>): void {
  const units = complaintUnitsHandledBy(principal.role);
  if (units.includes(complaint.unit)) return;
  throw new ProblemError(
    'auth.forbidden',
    `${complaint.ticketNumber} is with ${complaint.unit}; the ${principal.role} role handles ${units.join(', ') || 'no tickets'}`,
  );
}
