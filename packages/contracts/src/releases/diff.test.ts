import { describe, expect, it } from 'vitest';
import type { ReleaseManifest, ReleaseModule } from '../release.ts';
import { describeChange, diffReleases } from './diff.ts';

const mod = (name: string, version: string, extra: Partial<ReleaseModule> = {}): ReleaseModule => ({
  name,
  version,
  remoteName: `sw_${name.replaceAll('-', '_')}`,
  entry: `modules/${name}/${version}/mf-manifest.json`,
  apps: [{ expose: './lifecycles', route: `/${name}` }],
  ...extra,
});

const release = (id: string, modules: ReleaseModule[], testing?: ReleaseManifest['testing']): ReleaseManifest => ({
  schemaVersion: 1,
  release: { id, createdAt: '2026-11-27T10:00:00Z', channel: 'staging' },
  apiBaseUrl: '/api',
  modules,
  ...(testing ? { testing } : {}),
});

describe('diffReleases', () => {
  it('lists version changes, added and removed modules, canaries, applications and the testing policy', () => {
    const from = release('r1', [mod('frame', '1.0.0'), mod('fee-directory', '1.0.0'), mod('hotline', '1.0.0')]);
    const to = release(
      'r2',
      [
        mod('frame', '1.0.0', { apps: [{ expose: './header', slot: 'header' }] }),
        mod('fee-directory', '1.1.0', {
          canary: { version: '1.2.0', entry: 'modules/fee-directory/1.2.0/mf-manifest.json', percent: 5 },
        }),
        mod('usage-meter', '0.3.0'),
      ],
      { overrides: true, origins: [], inProduction: false },
    );
    const diff = diffReleases(from, to);
    expect(diff).toMatchObject({ from: 'r1', to: 'r2' });
    expect(diff.changes.map(describeChange)).toEqual([
      'frame: applications /frame → slot:header',
      'fee-directory: 1.0.0 → 1.1.0',
      'fee-directory: canary none → 1.2.0 for 5%',
      'usage-meter: added at 0.3.0',
      'hotline: removed (was 1.0.0)',
      'testing overrides: off → staging',
    ]);
  });

  it('notices other files under the same version, and nothing between equal releases', () => {
    const a = release('a', [mod('frame', '1.0.0', { integrity: { 'remoteEntry.js': 'sha384-AAAA' } })]);
    const b = release('b', [mod('frame', '1.0.0', { integrity: { 'remoteEntry.js': 'sha384-BBBB' } })]);
    expect(diffReleases(a, b).changes).toEqual([
      { kind: 'entry', module: 'frame', from: a.modules[0]!.entry, to: b.modules[0]!.entry },
    ]);
    expect(diffReleases(a, a).changes).toEqual([]);
  });
});
