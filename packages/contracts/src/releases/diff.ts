import { z } from 'zod';
import type { ReleaseManifest, ReleaseModule, ReleaseTesting } from '../release.ts';

const canaryRef = z.object({ version: z.string(), percent: z.number() });

/** One difference between two releases, structured so a console can phrase it in any language. */
export const releaseChangeSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('added'), module: z.string(), version: z.string() }),
    z.object({ kind: z.literal('removed'), module: z.string(), version: z.string() }),
    z.object({ kind: z.literal('version'), module: z.string(), from: z.string(), to: z.string() }),
    /** Same version, different files or location (a re-deploy elsewhere, new integrity hashes). */
    z.object({ kind: z.literal('entry'), module: z.string(), from: z.string(), to: z.string() }),
    /** Routes and slots, e.g. `/fees`, `slot:header`. */
    z.object({ kind: z.literal('apps'), module: z.string(), from: z.array(z.string()), to: z.array(z.string()) }),
    z.object({
      kind: z.literal('canary'),
      module: z.string(),
      from: canaryRef.optional(),
      to: canaryRef.optional(),
    }),
    /** The testing-override policy, summarised as `off`, `staging` or `production` (where overrides work). */
    z.object({ kind: z.literal('testing'), from: z.string(), to: z.string() }),
  ])
  .meta({ id: 'ReleaseChange' });
export type ReleaseChange = z.infer<typeof releaseChangeSchema>;

export const releaseDiffSchema = z
  .object({ from: z.string(), to: z.string(), changes: z.array(releaseChangeSchema) })
  .meta({ id: 'ReleaseDiff' });
export type ReleaseDiff = z.infer<typeof releaseDiffSchema>;

/** `off`, `staging` (overrides allowed off production) or `production` (allowed everywhere). */
export function testingSummary(testing: ReleaseTesting | undefined): string {
  if (!testing?.overrides) return 'off';
  const where = testing.inProduction ? 'production' : 'staging';
  return testing.origins.length ? `${where} + ${testing.origins.join(' ')}` : where;
}

const appsOf = (module: ReleaseModule) => module.apps.map((a) => a.route ?? `slot:${a.slot}`).sort();
const canaryOf = (module: ReleaseModule) =>
  module.canary ? { version: module.canary.version, percent: module.canary.percent } : undefined;
const entryKey = (module: ReleaseModule) => JSON.stringify([module.entry, module.integrity ?? {}]);

/** What changes when going from release `from` to release `to`, module by module (in `to`'s order). */
export function diffReleases(from: ReleaseManifest, to: ReleaseManifest): ReleaseDiff {
  const changes: ReleaseChange[] = [];
  const before = new Map(from.modules.map((m) => [m.name, m]));
  const after = new Map(to.modules.map((m) => [m.name, m]));
  for (const module of to.modules) {
    const old = before.get(module.name);
    if (!old) {
      changes.push({ kind: 'added', module: module.name, version: module.version });
      continue;
    }
    if (old.version !== module.version) {
      changes.push({ kind: 'version', module: module.name, from: old.version, to: module.version });
    } else if (entryKey(old) !== entryKey(module)) {
      changes.push({ kind: 'entry', module: module.name, from: old.entry, to: module.entry });
    }
    const [oldApps, newApps] = [appsOf(old), appsOf(module)];
    if (oldApps.join() !== newApps.join()) {
      changes.push({ kind: 'apps', module: module.name, from: oldApps, to: newApps });
    }
    const [oldCanary, newCanary] = [canaryOf(old), canaryOf(module)];
    if (JSON.stringify(oldCanary) !== JSON.stringify(newCanary)) {
      changes.push({
        kind: 'canary',
        module: module.name,
        ...(oldCanary ? { from: oldCanary } : {}),
        ...(newCanary ? { to: newCanary } : {}),
      });
    }
  }
  for (const module of from.modules) {
    if (!after.has(module.name)) changes.push({ kind: 'removed', module: module.name, version: module.version });
  }
  const [oldTesting, newTesting] = [testingSummary(from.testing), testingSummary(to.testing)];
  if (oldTesting !== newTesting) changes.push({ kind: 'testing', from: oldTesting, to: newTesting });
  return { from: from.release.id, to: to.release.id, changes };
}

/** One line per change, for the CLI. */
export function describeChange(change: ReleaseChange): string {
  const canary = (c?: { version: string; percent: number }) => (c ? `${c.version} for ${c.percent}%` : 'none');
  switch (change.kind) {
    case 'added':
      return `${change.module}: added at ${change.version}`;
    case 'removed':
      return `${change.module}: removed (was ${change.version})`;
    case 'version':
      return `${change.module}: ${change.from} → ${change.to}`;
    case 'entry':
      return `${change.module}: same version, other files (${change.from} → ${change.to})`;
    case 'apps':
      return `${change.module}: applications ${change.from.join(' ')} → ${change.to.join(' ')}`;
    case 'canary':
      return `${change.module}: canary ${canary(change.from)} → ${canary(change.to)}`;
    case 'testing':
      return `testing overrides: ${change.from} → ${change.to}`;
  }
}
