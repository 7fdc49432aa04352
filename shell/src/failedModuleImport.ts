/**
 * What browsers say when a module script (a lazy chunk, a remote entry) could not be fetched: Chromium,
 * Safari, Firefox. The page keeps such a script as failed for its whole life (its module map), so
 * importing it again fails at once: only a reload of the page fetches it again.
 */
const FAILED_IMPORT = [
  /Failed to fetch dynamically imported module/i,
  /Importing a module script failed/i,
  /error loading dynamically imported module/i,
];

/** Whether `error` (or the error it wraps) is a module script that failed to load. */
export function isFailedModuleImport(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return FAILED_IMPORT.some((pattern) => pattern.test(message));
}
