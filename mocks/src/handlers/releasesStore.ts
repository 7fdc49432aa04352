import {
  diffReleases,
  type ReleaseChannel,
  type ReleaseChannelState,
  type ReleaseHistoryEntry,
  type ReleaseManifest,
  type ReleaseOverview,
  type ReleaseValidation,
} from '@sw/contracts';
import { DEMO_RELEASE_CHANNELS, DEMO_RELEASE_HISTORY, DEMO_RELEASES } from '../data/releases.ts';

/** A refusal as the server words it (`release.*` codes). */
export interface ReleaseRefusal {
  status: number;
  code: string;
  detail: string;
}

/**
 * The release store of the mocks: the same rules as `@sw/release` (promote only staged releases,
 * roll back only to earlier production releases, refuse a stale `expectedRevision`), in memory.
 */
export function createReleaseMockStore() {
  let releases = structuredClone(DEMO_RELEASES);
  let channels = structuredClone(DEMO_RELEASE_CHANNELS);
  let history = structuredClone(DEMO_RELEASE_HISTORY);
  /** Validation answers other than "valid", by release id (tests set them). */
  const validations = new Map<string, ReleaseValidation>();

  const find = (ref: string): ReleaseManifest | undefined => {
    const id = channels.find((c) => c.channel === ref)?.releaseId ?? ref;
    return releases.find((r) => r.release.id === id);
  };
  const channel = (name: ReleaseChannel) => channels.find((c) => c.channel === name);

  function change(
    action: 'promote' | 'rollback',
    releaseId: string,
    expectedRevision: number,
    actor: string,
    note?: string,
  ): ReleaseChannelState | ReleaseRefusal {
    const release = find(releaseId);
    if (!release) return { status: 404, code: 'release.not_found', detail: `there is no release ${releaseId}` };
    const id = release.release.id;
    const production = channel('production');
    // A stale view first: production is not what the caller saw.
    if ((production?.revision ?? 0) !== expectedRevision) {
      return {
        status: 409,
        code: 'release.conflict',
        detail: `production changed since you read it: it is now at release ${production?.releaseId} (revision ${production?.revision}, set by ${production?.updatedBy})`,
      };
    }
    if (production?.releaseId === id)
      return { status: 409, code: 'release.not_allowed', detail: `release ${id} is the live release` };
    const wasOn = (name: ReleaseChannel) => history.some((e) => e.channel === name && e.releaseId === id);
    if (action === 'promote' && !wasOn('staging')) {
      return { status: 409, code: 'release.not_allowed', detail: `release ${id} was never on staging` };
    }
    if (action === 'rollback' && !wasOn('production')) {
      return { status: 409, code: 'release.not_allowed', detail: `release ${id} was never live in production` };
    }
    const validation = validations.get(id);
    if (validation && !validation.ok) {
      return { status: 422, code: 'release.invalid', detail: `release ${id} is refused` };
    }
    const at = new Date().toISOString();
    const next: ReleaseChannelState = {
      channel: 'production',
      releaseId: id,
      revision: expectedRevision + 1,
      updatedAt: at,
      updatedBy: actor,
    };
    channels = [...channels.filter((c) => c.channel !== 'production'), next];
    const entry: ReleaseHistoryEntry = {
      at,
      channel: 'production',
      action,
      releaseId: id,
      ...(production ? { previousReleaseId: production.releaseId } : {}),
      revision: next.revision,
      actor,
      ...(note ? { note } : {}),
    };
    history = [entry, ...history];
    return next;
  }

  return {
    overview(): ReleaseOverview {
      return {
        channels,
        releases: [...releases]
          .sort((a, b) => b.release.createdAt.localeCompare(a.release.createdAt))
          .map(({ release, modules }) => ({
            ...release,
            modules: modules.map((m) => ({
              name: m.name,
              version: m.version,
              ...(m.canary ? { canary: { version: m.canary.version, percent: m.canary.percent } } : {}),
            })),
          }))
          .map(({ channel: _channel, ...summary }) => summary),
      };
    },
    history(filter: { channel?: ReleaseChannel; limit: number }) {
      return history.filter((e) => !filter.channel || e.channel === filter.channel).slice(0, filter.limit);
    },
    release: find,
    diff(from: string, to: string) {
      const [a, b] = [find(from), find(to)];
      return a && b ? diffReleases(a, b) : undefined;
    },
    validation(id: string): ReleaseValidation {
      return validations.get(id) ?? { releaseId: id, ok: true, issues: [] };
    },
    setValidation(validation: ReleaseValidation) {
      validations.set(validation.releaseId, validation);
    },
    promote: (releaseId: string, expected: number, actor: string, note?: string) =>
      change('promote', releaseId, expected, actor, note),
    rollback: (releaseId: string, expected: number, actor: string, note?: string) =>
      change('rollback', releaseId, expected, actor, note),
    reset() {
      releases = structuredClone(DEMO_RELEASES);
      channels = structuredClone(DEMO_RELEASE_CHANNELS);
      history = structuredClone(DEMO_RELEASE_HISTORY);
      validations.clear();
    },
  };
}
export type ReleaseMockStore = ReturnType<typeof createReleaseMockStore>;
