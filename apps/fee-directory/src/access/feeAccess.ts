import type { FeeItem, Principal } from '@sw/contracts';

/** The item's own charging body's operator, or the single-window team: they may edit it and answer objections. */
export function ownsFee(user: Principal | undefined, item: FeeItem | undefined): boolean {
  if (!user || !item) return false;
  return user.role === 'admin' || (user.role === 'operator' && user.organisationId === item.chargingBody.id);
}

/**
 * Who may read an item's objections: those who own it and the regulator. The page and its prefetch
 * (navigation/prefetchPage.ts) ask the same, so the prefetch starts exactly what the page reads.
 */
export function mayReadObjections(user: Principal | undefined, item: FeeItem | undefined): boolean {
  return ownsFee(user, item) || user?.role === 'regulator';
}
