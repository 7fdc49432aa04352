import type { ReleaseChannelState, ReleaseHistoryEntry, ReleaseManifest, ReleaseValidation } from '@sw/contracts';
import { describeChange } from '../diff.ts';
import type { ReleaseDiff } from '@sw/contracts';

const pad = (text: string, width: number) => text.padEnd(width);

export function formatChannel(state: ReleaseChannelState | undefined, name: string): string {
  return state
    ? `${pad(name, 10)} ${state.releaseId}  (revision ${state.revision}, ${state.updatedBy}, ${state.updatedAt})`
    : `${pad(name, 10)} (none yet)`;
}

export function formatModules(manifest: ReleaseManifest): string[] {
  return manifest.modules.map((m) => {
    const apps = m.apps.map((a) => a.route ?? `[${a.slot}]`).join(' ');
    const canary = m.canary ? `  canary ${m.canary.version} for ${m.canary.percent}%` : '';
    const integrity = m.integrity ? '' : '  (no integrity hashes)';
    return `  ${pad(m.name, 18)} ${pad(m.version, 12)} ${apps}${canary}${integrity}`;
  });
}

export function formatValidation(validation: ReleaseValidation): string[] {
  const lines = validation.issues.map((i) => `  ${i.severity === 'error' ? '✗' : '!'} [${i.rule}] ${i.message}`);
  const errors = validation.issues.filter((i) => i.severity === 'error').length;
  const warnings = validation.issues.length - errors;
  lines.push(
    validation.ok
      ? `  ✓ valid${warnings ? ` (${warnings} warning${warnings === 1 ? '' : 's'})` : ''}`
      : `  ✗ ${errors} error${errors === 1 ? '' : 's'}: refused`,
  );
  return lines;
}

export function formatDiff(diff: ReleaseDiff): string[] {
  return diff.changes.length ? diff.changes.map((c) => `  ${describeChange(c)}`) : ['  (no differences)'];
}

export function formatHistory(entries: ReleaseHistoryEntry[]): string[] {
  return entries.map((e) => {
    const from = e.previousReleaseId ? `${e.previousReleaseId} → ` : '';
    const note = e.note ? `  “${e.note}”` : '';
    return `  ${e.at}  ${pad(e.channel, 10)} ${pad(e.action, 8)} ${from}${e.releaseId}  rev ${e.revision}  ${e.actor}${note}`;
  });
}
