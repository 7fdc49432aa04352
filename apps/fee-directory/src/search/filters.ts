import type { FeeQuery } from '@sw/contracts';

/** True when the query narrows the list (sorting alone does not). */
export function hasFilters(query: FeeQuery): boolean {
  return Object.entries(query).some(
    ([key, value]) => key !== 'sort' && key !== 'order' && (Array.isArray(value) ? value.length > 0 : Boolean(value)),
  );
}

/** The same query without search text and filters; the reader's sorting stays. */
export function withoutFilters(query: FeeQuery): FeeQuery {
  return {
    ...(query.sort ? { sort: query.sort } : {}),
    ...(query.order ? { order: query.order } : {}),
  };
}
