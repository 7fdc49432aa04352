import type { Principal, Terminal } from '@sw/contracts';

/**
 * Whether the signed-in user may publish a terminal's standards and upload its actuals: its own
 * operator, or the single-window team. Only hides controls; the API decides (and refuses) for real.
 */
export function canManageTerminal(user: Principal | undefined, terminal: Pick<Terminal, 'organisationId'>): boolean {
  if (!user) return false;
  if (user.role === 'admin') return true;
  return user.role === 'operator' && user.organisationId === terminal.organisationId;
}
