/** The module's own paths (sub-routes under `/usage`). */
export const OVERVIEW_PATH = '/usage';
export const DATA_ENTRY_PATH = '/usage/data-entry';
