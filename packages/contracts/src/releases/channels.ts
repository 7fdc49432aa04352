import { z } from 'zod';

/** Where a release can be live: staging (composed, under review) and production (what the portal serves). */
export const RELEASE_CHANNELS = ['staging', 'production'] as const;
export const releaseChannelSchema = z.enum(RELEASE_CHANNELS);
export type ReleaseChannel = z.infer<typeof releaseChannelSchema>;

/** Which release a channel points at. Every change increases `revision` (optimistic versioning). */
export const releaseChannelStateSchema = z
  .object({
    channel: releaseChannelSchema,
    releaseId: z.string(),
    /** Send it back as `expectedRevision`; a change made meanwhile by someone else is refused as a conflict. */
    revision: z.number().int().positive(),
    updatedAt: z.iso.datetime({ offset: true }),
    updatedBy: z.string(),
  })
  .meta({ id: 'ReleaseChannelState' });
export type ReleaseChannelState = z.infer<typeof releaseChannelStateSchema>;

/** `stage`: a composed release put on staging; `promote`: staging's release made live; `rollback`: back to an earlier one. */
export const RELEASE_HISTORY_ACTIONS = ['stage', 'promote', 'rollback'] as const;

/** One change of a channel, kept forever (the release history). */
export const releaseHistoryEntrySchema = z
  .object({
    at: z.iso.datetime({ offset: true }),
    channel: releaseChannelSchema,
    action: z.enum(RELEASE_HISTORY_ACTIONS),
    releaseId: z.string(),
    previousReleaseId: z.string().optional(),
    /** The channel's revision after the change. */
    revision: z.number().int().positive(),
    actor: z.string(),
    note: z.string().optional(),
  })
  .meta({ id: 'ReleaseHistoryEntry' });
export type ReleaseHistoryEntry = z.infer<typeof releaseHistoryEntrySchema>;
