import { join } from 'node:path';
import {
  releaseManifestSchema,
  type ReleaseChannel,
  type ReleaseChannelState,
  type ReleaseDiff,
  type ReleaseHistoryEntry,
  type ReleaseManifest,
  type ReleaseOverview,
  type ReleaseSummary,
  type ReleaseValidation,
} from '@sw/contracts';
import { composeRelease, type ComposeChanges } from './compose.ts';
import { deployModule, type DeployOptions, type DeployResult } from './deploy.ts';
import { diffReleases } from './diff.ts';
import { entrySource } from './entries.ts';
import { ReleaseError } from './errors.ts';
import { ReleaseStore } from './store.ts';
import type { PlatformSingleton } from './sharedDependencies.ts';
import { validateRelease } from './validate.ts';

export interface ReleaseServiceOptions {
  /** Holds `releases/` (the history) and `cdn/` (deployed module versions); e.g. the repository's data/. */
  dataDir: string;
  /** Turns a stored entry (relative to the CDN root) into the URL browsers load. Default: unchanged. */
  resolveEntry?: (entry: string, module: string) => string;
  fetch?: typeof fetch;
  now?: () => Date;
  platform?: PlatformSingleton[];
}

export interface ChannelChange {
  /** A release id, or `staging` for the release on staging (promote). */
  releaseId?: string;
  /** Production's revision as the caller saw it (0: none yet). Default: read now (the CLI). */
  expectedRevision?: number;
  actor: string;
  note?: string;
}

export interface ComposeRequest extends ComposeChanges {
  /** Start from this release or channel (default: production's release, when there is one); null: from nothing. */
  base?: string | null;
  actor: string;
  /** Staging's revision as the caller saw it. Default: read at the start of the compose. */
  expectedStagingRevision?: number;
  /** Validate and show, store nothing. */
  dryRun?: boolean;
}

export interface ComposeResult {
  release: ReleaseManifest;
  validation: ReleaseValidation;
  /** Against the base, when there is one. */
  diff?: ReleaseDiff;
  staged?: ReleaseChannelState;
}

function summaryOf(manifest: ReleaseManifest): ReleaseSummary {
  const { id, createdAt, createdBy, notes, basedOn } = manifest.release;
  return {
    id,
    createdAt,
    ...(createdBy ? { createdBy } : {}),
    ...(notes ? { notes } : {}),
    ...(basedOn ? { basedOn } : {}),
    modules: manifest.modules.map((m) => ({
      name: m.name,
      version: m.version,
      ...(m.canary ? { canary: { version: m.canary.version, percent: m.canary.percent } } : {}),
    })),
  };
}

function invalid(what: string, validation: ReleaseValidation): ReleaseError {
  const errors = validation.issues.filter((i) => i.severity === 'error');
  return new ReleaseError(
    'invalid',
    `${what} is refused: ${errors.length} problem${errors.length === 1 ? '' : 's'}:\n${errors.map((e) => `  - ${e.message}`).join('\n')}`,
    { validation },
  );
}

/**
 * Everything the single-window team does with releases, for the CLI and the API alike: compose
 * (validated, then put on staging), validate, diff, promote staging → production, roll back, and
 * read the history.
 */
export class ReleaseService {
  readonly store: ReleaseStore;
  readonly cdnDir: string;
  private readonly resolveEntry: (entry: string, module: string) => string;

  constructor(private readonly options: ReleaseServiceOptions) {
    this.store = new ReleaseStore(join(options.dataDir, 'releases'), options.now);
    this.cdnDir = join(options.dataDir, 'cdn');
    this.resolveEntry = options.resolveEntry ?? ((entry) => entry);
  }

  overview(): ReleaseOverview {
    return { channels: this.store.channels(), releases: this.store.listReleases().map(summaryOf) };
  }

  history(options: { channel?: ReleaseChannel; limit?: number } = {}): ReleaseHistoryEntry[] {
    return this.store.history(options);
  }

  channel(name: ReleaseChannel): ReleaseChannelState | undefined {
    return this.store.channel(name);
  }

  /** A stored release (entries relative to the CDN root), by id or channel. */
  release(ref: string): ReleaseManifest {
    return this.store.resolve(ref);
  }

  /** A release as browsers get it: entries resolved to URLs, stamped with the channel it is served on. */
  served(ref: string, channel: string = ref): ReleaseManifest {
    const manifest = this.store.resolve(ref);
    return {
      ...manifest,
      release: { ...manifest.release, channel },
      modules: manifest.modules.map((m) => ({
        ...m,
        entry: this.resolveEntry(m.entry, m.name),
        ...(m.canary ? { canary: { ...m.canary, entry: this.resolveEntry(m.canary.entry, m.name) } } : {}),
      })),
    };
  }

  diff(from: string, to: string): ReleaseDiff {
    return diffReleases(this.store.resolve(from), this.store.resolve(to));
  }

  validate(release: string | ReleaseManifest | unknown): Promise<ReleaseValidation> {
    const manifest = typeof release === 'string' ? this.store.resolve(release) : release;
    return validateRelease(manifest, {
      source: entrySource(this.cdnDir, this.options.fetch),
      cdnDir: this.cdnDir,
      ...(this.options.platform ? { platform: this.options.platform } : {}),
    });
  }

  deploy(options: Omit<DeployOptions, 'cdnDir'>): Promise<DeployResult> {
    return deployModule({ ...options, cdnDir: this.cdnDir });
  }

  /** Composes a release, validates it and (unless a dry run) stores it and puts it on staging. */
  async compose(request: ComposeRequest): Promise<ComposeResult> {
    const production = this.store.channel('production');
    const base =
      request.base === null
        ? undefined
        : request.base
          ? this.store.resolve(request.base)
          : production && this.store.resolve('production');
    const expectedStaging = request.expectedStagingRevision ?? this.store.channel('staging')?.revision ?? 0;
    const { base: _ref, ...changes } = request;
    const draft = composeRelease({
      ...changes,
      id: 'draft',
      cdnDir: this.cdnDir,
      ...(base ? { base } : {}),
      now: (this.options.now ?? (() => new Date()))(),
    });
    const validation = await this.validate(draft);
    if (!validation.ok) throw invalid('the release', validation);
    if (request.dryRun) {
      return { release: draft, validation, ...(base ? { diff: diffReleases(base, draft) } : {}) };
    }
    return this.store.exclusive(() => {
      const release = releaseManifestSchema.parse({
        ...draft,
        release: { ...draft.release, id: this.store.nextReleaseId() },
      });
      // Check staging before storing anything: a refused compose leaves no trace.
      this.store.expectRevision('staging', expectedStaging);
      this.store.saveRelease(release);
      const staged = this.store.setChannel({
        channel: 'staging',
        releaseId: release.release.id,
        expectedRevision: expectedStaging,
        actor: request.actor,
        action: 'stage',
        note: request.notes,
      });
      return {
        release,
        validation: { ...validation, releaseId: release.release.id },
        ...(base ? { diff: diffReleases(base, release) } : {}),
        staged,
      };
    });
  }

  /** Makes a staged release live. Refused when invalid, already live, never staged, or on a conflict. */
  async promote(change: ChannelChange): Promise<ReleaseChannelState> {
    const release = this.store.resolve(change.releaseId ?? 'staging');
    const id = release.release.id;
    const expected = change.expectedRevision ?? this.store.channel('production')?.revision ?? 0;
    // A stale view is the first thing to say: whatever else holds, production is not what the caller saw.
    this.store.expectRevision('production', expected);
    const staged =
      this.store.channel('staging')?.releaseId === id ||
      this.store.history({ channel: 'staging' }).some((e) => e.releaseId === id);
    if (!staged) throw new ReleaseError('not_allowed', `release ${id} was never on staging; compose it first`);
    if (this.store.channel('production')?.releaseId === id) {
      throw new ReleaseError('not_allowed', `release ${id} is already live in production`);
    }
    const validation = await this.validate(release);
    if (!validation.ok) throw invalid(`release ${id}`, validation);
    return this.store.exclusive(() =>
      this.store.setChannel({
        channel: 'production',
        releaseId: id,
        expectedRevision: expected,
        actor: change.actor,
        action: 'promote',
        note: change.note,
      }),
    );
  }

  /** The release production had before the current one, if any. */
  previousProductionRelease(): string | undefined {
    const current = this.store.channel('production')?.releaseId;
    return this.store.history({ channel: 'production' }).find((e) => e.releaseId === current)?.previousReleaseId;
  }

  /** Points production back at a release it had before (default: the one before the current). */
  async rollback(change: ChannelChange): Promise<ReleaseChannelState> {
    const production = this.store.channel('production');
    if (change.expectedRevision !== undefined) this.store.expectRevision('production', change.expectedRevision);
    if (!production) throw new ReleaseError('not_allowed', 'production has no release to roll back from');
    const id = change.releaseId ?? this.previousProductionRelease();
    if (!id) throw new ReleaseError('not_allowed', `production has had only release ${production.releaseId}`);
    const release = this.store.getRelease(id);
    if (id === production.releaseId) throw new ReleaseError('not_allowed', `release ${id} is the live release`);
    if (!this.store.history({ channel: 'production' }).some((e) => e.releaseId === id)) {
      throw new ReleaseError('not_allowed', `release ${id} was never live in production; promote it instead`);
    }
    const expected = change.expectedRevision ?? production.revision;
    const validation = await this.validate(release);
    if (!validation.ok) throw invalid(`rolling back to ${id}`, validation);
    return this.store.exclusive(() =>
      this.store.setChannel({
        channel: 'production',
        releaseId: id,
        expectedRevision: expected,
        actor: change.actor,
        action: 'rollback',
        note: change.note,
      }),
    );
  }
}
