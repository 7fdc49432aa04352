import { z } from 'zod';
import { releaseManifestSchema } from '../release.ts';
import { releaseChannelSchema, releaseChannelStateSchema, releaseHistoryEntrySchema } from './channels.ts';

/** A stored release, in lists: who made it and which module versions it holds. */
export const releaseSummarySchema = z
  .object({
    id: z.string(),
    createdAt: z.iso.datetime({ offset: true }),
    createdBy: z.string().optional(),
    notes: z.string().optional(),
    basedOn: z.string().optional(),
    modules: z.array(
      z.object({
        name: z.string(),
        version: z.string(),
        canary: z.object({ version: z.string(), percent: z.number() }).optional(),
      }),
    ),
  })
  .meta({ id: 'ReleaseSummary' });
export type ReleaseSummary = z.infer<typeof releaseSummarySchema>;

/** `GET /api/releases`: the channels and every stored release, newest first. */
export const releaseOverviewSchema = z
  .object({ channels: z.array(releaseChannelStateSchema), releases: z.array(releaseSummarySchema) })
  .meta({ id: 'ReleaseOverview' });
export type ReleaseOverview = z.infer<typeof releaseOverviewSchema>;

/** `GET /api/releases/{id}`: the manifest with entries as the browser loads them (absolute URLs). */
export const releaseDetailSchema = z.object({ manifest: releaseManifestSchema }).meta({ id: 'ReleaseDetail' });
export type ReleaseDetail = z.infer<typeof releaseDetailSchema>;

export const releaseHistoryQuerySchema = z.object({
  channel: releaseChannelSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type ReleaseHistoryQuery = z.infer<typeof releaseHistoryQuerySchema>;

export const releaseHistoryResponseSchema = z
  .object({ items: z.array(releaseHistoryEntrySchema) })
  .meta({ id: 'ReleaseHistory' });
export type ReleaseHistoryResponse = z.infer<typeof releaseHistoryResponseSchema>;

/** A release id, or a channel name for the release on it. */
export const releaseRefSchema = z.string().min(1).max(100);

export const releaseDiffQuerySchema = z.object({ from: releaseRefSchema, to: releaseRefSchema });

/**
 * `POST /api/releases/promote` (a staged release goes live) and `POST /api/releases/rollback`
 * (production goes back to a release it had before). `expectedRevision` is production's revision as
 * the caller saw it (0 when production has none yet): a change made since is refused with
 * `409 release.conflict`.
 */
export const releaseChangeRequestSchema = z
  .object({
    releaseId: releaseRefSchema,
    expectedRevision: z.number().int().min(0),
    note: z.string().trim().max(500).optional(),
  })
  .meta({ id: 'ReleaseChangeRequest' });
export type ReleaseChangeRequest = z.infer<typeof releaseChangeRequestSchema>;
