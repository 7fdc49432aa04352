/** The module's own paths (sub-routes under `/usage`). */
export const OVERVIEW_PATH = '/usage';
export const DATA_ENTRY_PATH = '/usage/data-entry';

/** The module's pages; the meter answers every path that is not data entry. */
export type UsagePageName = 'overview' | 'data-entry';

/** The page a path shows: shared by the routes and the prefetch at mount, so both pick the same one. */
export function pageOf(pathname: string): UsagePageName {
  return pathname.replace(/\/+$/, '') === DATA_ENTRY_PATH ? 'data-entry' : 'overview';
}
