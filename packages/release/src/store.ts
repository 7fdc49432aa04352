import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  RELEASE_CHANNELS,
  releaseChannelStateSchema,
  releaseHistoryEntrySchema,
  releaseManifestSchema,
  type ReleaseChannel,
  type ReleaseChannelState,
  type ReleaseHistoryEntry,
  type ReleaseManifest,
} from '@sw/contracts';
import { ReleaseError } from './errors.ts';
import { withFolderLock } from './lock.ts';

/**
 * The release history on disk:
 *
 *   releases/<id>.json     every release ever composed, immutable
 *   channels/<name>.json   which release a channel points at, with its revision
 *   history.jsonl          every channel change, appended, never rewritten
 *
 * Writes go through one lock and are checked against the revision the caller expects, so two
 * people (or the CLI and the console) can never overwrite each other's change unknowingly.
 */
export class ReleaseStore {
  constructor(
    readonly dir: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private path(...parts: string[]) {
    return join(this.dir, ...parts);
  }

  private writeAtomically(file: string, content: string) {
    mkdirSync(join(file, '..'), { recursive: true });
    const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
    writeFileSync(temporary, content);
    renameSync(temporary, file);
  }

  /** Runs `fn` as the only writer of this store. */
  exclusive<T>(fn: () => T): T {
    mkdirSync(this.dir, { recursive: true });
    return withFolderLock(this.path('.lock'), fn);
  }

  hasRelease(id: string): boolean {
    return /^[\w.-]+$/.test(id) && existsSync(this.path('releases', `${id}.json`));
  }

  getRelease(id: string): ReleaseManifest {
    if (!this.hasRelease(id)) throw new ReleaseError('not_found', `there is no release ${id}`);
    return releaseManifestSchema.parse(JSON.parse(readFileSync(this.path('releases', `${id}.json`), 'utf8')));
  }

  /** Every stored release, newest first. */
  listReleases(): ReleaseManifest[] {
    const folder = this.path('releases');
    if (!existsSync(folder)) return [];
    return readdirSync(folder)
      .filter((file) => file.endsWith('.json'))
      .map((file) => this.getRelease(file.slice(0, -'.json'.length)))
      .sort(
        (a, b) => b.release.createdAt.localeCompare(a.release.createdAt) || b.release.id.localeCompare(a.release.id),
      );
  }

  /** A release id, or a channel name for the release on it. */
  resolve(ref: string): ReleaseManifest {
    if ((RELEASE_CHANNELS as readonly string[]).includes(ref)) {
      const state = this.channel(ref as ReleaseChannel);
      if (!state) throw new ReleaseError('not_found', `nothing is on ${ref} yet`);
      return this.getRelease(state.releaseId);
    }
    return this.getRelease(ref);
  }

  /** The next free id of the day: `2026.11.27-1`, `2026.11.27-2`… Call inside `exclusive`. */
  nextReleaseId(): string {
    const day = this.now().toISOString().slice(0, 10).replaceAll('-', '.');
    let n = 1;
    while (this.hasRelease(`${day}-${n}`)) n++;
    return `${day}-${n}`;
  }

  /** Stores a new release; ids are never reused. Call inside `exclusive`. */
  saveRelease(manifest: ReleaseManifest): void {
    if (this.hasRelease(manifest.release.id)) {
      throw new ReleaseError('not_allowed', `release ${manifest.release.id} exists already; releases never change`);
    }
    this.writeAtomically(
      this.path('releases', `${manifest.release.id}.json`),
      `${JSON.stringify(manifest, null, 2)}\n`,
    );
  }

  channel(name: ReleaseChannel): ReleaseChannelState | undefined {
    const file = this.path('channels', `${name}.json`);
    if (!existsSync(file)) return undefined;
    return releaseChannelStateSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  }

  channels(): ReleaseChannelState[] {
    return RELEASE_CHANNELS.flatMap((name) => this.channel(name) ?? []);
  }

  /** Channel changes, newest first. */
  history(options: { channel?: ReleaseChannel; limit?: number } = {}): ReleaseHistoryEntry[] {
    const file = this.path('history.jsonl');
    if (!existsSync(file)) return [];
    const entries = readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => releaseHistoryEntrySchema.parse(JSON.parse(line)))
      .filter((entry) => !options.channel || entry.channel === options.channel)
      .reverse();
    return options.limit ? entries.slice(0, options.limit) : entries;
  }

  /**
   * Points a channel at a release if the channel is still at `expectedRevision` (0: the channel does
   * not exist yet); otherwise a conflict that says who changed it. Call inside `exclusive`.
   */
  /** Throws a conflict that says who changed the channel, unless it is at `expectedRevision`. */
  expectRevision(channel: ReleaseChannel, expectedRevision: number): ReleaseChannelState | undefined {
    const current = this.channel(channel);
    if ((current?.revision ?? 0) === expectedRevision) return current;
    const now = current
      ? `it is now at release ${current.releaseId} (revision ${current.revision}, set by ${current.updatedBy} at ${current.updatedAt})`
      : 'it has no release yet (revision 0)';
    throw new ReleaseError(
      'conflict',
      `${channel} changed since you read it: ${now}, but you expected revision ${expectedRevision}. Review the current state and try again.`,
      current ? { current } : {},
    );
  }

  setChannel(change: {
    channel: ReleaseChannel;
    releaseId: string;
    expectedRevision: number;
    actor: string;
    action: ReleaseHistoryEntry['action'];
    note?: string | undefined;
  }): ReleaseChannelState {
    const current = this.expectRevision(change.channel, change.expectedRevision);
    const revision = current?.revision ?? 0;
    this.getRelease(change.releaseId); // must exist
    const at = this.now().toISOString();
    const next: ReleaseChannelState = {
      channel: change.channel,
      releaseId: change.releaseId,
      revision: revision + 1,
      updatedAt: at,
      updatedBy: change.actor,
    };
    const entry: ReleaseHistoryEntry = {
      at,
      channel: change.channel,
      action: change.action,
      releaseId: change.releaseId,
      ...(current ? { previousReleaseId: current.releaseId } : {}),
      revision: next.revision,
      actor: change.actor,
      ...(change.note ? { note: change.note } : {}),
    };
    // The history line first: a crash between the two leaves history ahead, never a silent change.
    appendFileSync(this.path('history.jsonl'), `${JSON.stringify(entry)}\n`);
    this.writeAtomically(this.path('channels', `${change.channel}.json`), `${JSON.stringify(next, null, 2)}\n`);
    return next;
  }
}
