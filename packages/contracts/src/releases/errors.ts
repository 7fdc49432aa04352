/** The release API's stable problem codes and their HTTP status (merged into `API_ERROR_CODES`). */
export const RELEASE_ERROR_CODES = {
  'release.not_found': 404,
  /** Production changed since the caller read it (optimistic versioning). */
  'release.conflict': 409,
  /** Promote: the release is already live, or was never staged. Rollback: it was never live before. */
  'release.not_allowed': 409,
  /** Validation refused the release; `errors` lists the issues (path: module, rule). */
  'release.invalid': 422,
  /** This server has no release store (the host did not configure one). */
  'release.unavailable': 503,
} as const;
