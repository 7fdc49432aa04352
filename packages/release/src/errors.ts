import type { ReleaseChannelState, ReleaseValidation } from '@sw/contracts';

/**
 * Why the release tool refused something. The CLI turns the code into an exit status, the API into
 * a problem code; the message is written for the person who ran the command.
 */
export type ReleaseErrorCode =
  /** No such release, channel or module version. */
  | 'not_found'
  /** The channel changed since the caller read it (optimistic versioning). */
  | 'conflict'
  /** The action does not apply (promote an unstaged release, roll back to one that was never live…). */
  | 'not_allowed'
  /** Validation found errors. */
  | 'invalid'
  /** A deployed version's files cannot change; a new version is needed. */
  | 'immutable'
  /** Bad arguments or a workspace that cannot be deployed from. */
  | 'usage';

export class ReleaseError extends Error {
  override readonly name = 'ReleaseError';
  constructor(
    readonly code: ReleaseErrorCode,
    message: string,
    readonly details: { validation?: ReleaseValidation; current?: ReleaseChannelState } = {},
  ) {
    super(message);
  }
}
