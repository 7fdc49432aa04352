import { describe, expect, it, vi } from 'vitest';
import * as classic from './release.ts';
import { HOST_CONTRACT_VERSION, hostContractSupports, type ReleaseManifestInput } from './release.ts';
import * as mini from './releaseMini.ts';

function manifest(): ReleaseManifestInput {
  return {
    schemaVersion: 1,
    release: { id: '2026.11.27-1', createdAt: '2026-11-27T10:00:00+08:00' },
    modules: [
      {
        name: 'frame',
        version: '1.4.0',
        remoteName: 'frame',
        entry: 'https://cdn.example/frame/1.4.0/mf-manifest.json',
        apps: [
          { expose: './header', slot: 'header' },
          { expose: './footer', slot: 'footer' },
          { expose: './home', route: '/' },
        ],
      },
      {
        name: 'fee-directory',
        version: '2.0.0-rc.1+build.7',
        remoteName: 'feeDirectory',
        entry: '../fee-directory/2.0.0/mf-manifest.json',
        apps: [{ expose: './lifecycles', route: '/fees' }],
      },
    ],
  };
}

// One definition, two builds: the shell reads manifests with the zod/mini one, the release tools and
// the API with the classic one. Both must accept and refuse alike, with the same messages.
describe.each([
  ['classic zod (release tools, API)', classic],
  ['zod/mini (the shell)', mini],
])('%s', (_flavour, { parseReleaseManifest, releaseManifestSchema }) => {
  it('compiles no code while parsing: a strict Content-Security-Policy (no unsafe-eval) lets it run', () => {
    const compile = vi.spyOn(globalThis, 'Function');
    expect(parseReleaseManifest(manifest()).ok).toBe(true);
    expect(compile).not.toHaveBeenCalled();
    compile.mockRestore();
  });

  function issuesOf(input: unknown): string[] {
    const result = parseReleaseManifest(input);
    if (result.ok) throw new Error('expected the manifest to be rejected');
    return result.issues;
  }

  describe('parseReleaseManifest', () => {
    it('accepts a valid manifest and fills in defaults', () => {
      const result = parseReleaseManifest(manifest());
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.manifest.release.channel).toBe('production');
      expect(result.manifest.apiBaseUrl).toBe('/api');
      expect(result.manifest.modules.map((m) => m.name)).toEqual(['frame', 'fee-directory']);
      expect(result.manifest.modules[1]?.apps).toEqual([{ expose: './lifecycles', route: '/fees' }]);
    });

    it('keeps an explicit channel and API base', () => {
      const input = {
        ...manifest(),
        apiBaseUrl: 'https://api.example/sw',
        release: { ...manifest().release, channel: 'staging' },
      };
      const parsed = releaseManifestSchema.parse(input);
      expect(parsed.release.channel).toBe('staging');
      expect(parsed.apiBaseUrl).toBe('https://api.example/sw');
    });

    it('rejects a module listed twice', () => {
      const input = manifest();
      input.modules.push({
        ...input.modules[1]!,
        remoteName: 'feeDirectory2',
        apps: [{ expose: './lifecycles', route: '/fees-2' }],
      });
      expect(issuesOf(input)).toEqual(['modules.2.name: module "fee-directory" is listed twice']);
    });

    it('rejects a route claimed by two modules', () => {
      const input = manifest();
      input.modules.push({
        name: 'clearance-guide',
        version: '1.0.0',
        remoteName: 'clearanceGuide',
        entry: '/clearance-guide/mf-manifest.json',
        apps: [{ expose: './lifecycles', route: '/fees' }],
      });
      expect(issuesOf(input)).toEqual(['modules.2.apps.0.route: route /fees is claimed twice']);
    });

    it('rejects a remote name used by two modules', () => {
      const input = manifest();
      input.modules[1]!.remoteName = 'frame';
      expect(issuesOf(input)).toEqual(['modules.1.remoteName: remote name "frame" is used by two modules']);
    });

    it('rejects an application with neither a route nor a slot, or with both', () => {
      const neither = manifest();
      neither.modules[1]!.apps = [{ expose: './lifecycles' }];
      expect(issuesOf(neither)).toEqual([
        'modules.1.apps.0: an application has either a route or a fixed slot, not both',
      ]);

      const both = manifest();
      both.modules[1]!.apps = [{ expose: './lifecycles', route: '/fees', slot: 'main' }];
      expect(issuesOf(both)).toEqual(['modules.1.apps.0: an application has either a route or a fixed slot, not both']);
    });

    it('rejects a module without applications', () => {
      const input = manifest();
      input.modules[1]!.apps = [];
      expect(issuesOf(input)).toHaveLength(1);
      expect(issuesOf(input)[0]).toMatch(/^modules\.1\.apps: /);
    });

    it('rejects bad versions, names, routes and remote names with readable messages', () => {
      const input = manifest();
      input.modules[0]!.version = 'v1.4';
      input.modules[1]!.name = 'FeeDirectory';
      input.modules[1]!.remoteName = 'fee-directory';
      input.modules[1]!.apps = [{ expose: './lifecycles', route: 'fees' }];
      expect(issuesOf(input).sort()).toEqual([
        'modules.0.version: versions are semver, e.g. 1.2.3',
        'modules.1.apps.0.route: routes are absolute paths like /fees',
        'modules.1.name: module names are kebab-case, e.g. fee-directory',
        'modules.1.remoteName: remote names are valid JS identifiers',
      ]);
    });

    it('rejects an empty release, a wrong schema version and a bad timestamp', () => {
      expect(issuesOf({ ...manifest(), modules: [] })).toEqual([expect.stringMatching(/^modules: /)]);
      expect(issuesOf({ ...manifest(), schemaVersion: 2 })).toEqual([expect.stringMatching(/^schemaVersion: /)]);
      const badDate = { ...manifest(), release: { id: 'r1', createdAt: '27/11/2026' } };
      expect(issuesOf(badDate)).toEqual([expect.stringMatching(/^release\.createdAt: /)]);
    });

    it('reports every problem at once, not only the first', () => {
      const input = manifest();
      input.modules[1]!.version = 'latest';
      input.modules.push({ ...input.modules[0]!, remoteName: 'frame2', apps: [{ expose: './home', route: '/' }] });
      expect(issuesOf(input)).toEqual([
        'modules.1.version: versions are semver, e.g. 1.2.3',
        'modules.2.name: module "frame" is listed twice',
        'modules.2.apps.0.route: route / is claimed twice',
      ]);
    });

    it('reports input that is not an object at the root', () => {
      expect(issuesOf('not json')).toEqual([expect.stringMatching(/^\(root\): /)]);
      expect(issuesOf(null)).toHaveLength(1);
    });
  });

  describe('integrity, canary and testing fields (optional, schema version 1)', () => {
    const SRI = 'sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC';

    it('accepts them and leaves manifests without them as they were', () => {
      const input = manifest();
      input.modules[1] = {
        ...input.modules[1]!,
        integrity: { 'mf-manifest.json': SRI, 'remoteEntry.js': SRI },
        contract: '1.0.0',
        canary: { version: '2.1.0', entry: '../fee-directory/2.1.0/mf-manifest.json', percent: 12.5 },
      };
      const parsed = releaseManifestSchema.parse({ ...input, testing: { overrides: true } });
      expect(parsed.modules[1]?.canary?.percent).toBe(12.5);
      expect(parsed.testing).toEqual({ overrides: true, origins: [], inProduction: false });
      expect(releaseManifestSchema.parse(manifest()).testing).toBeUndefined();
    });

    it('refuses a hash that is not SRI, a path leaving the module folder and a share above 100', () => {
      const input = manifest();
      input.modules[1] = {
        ...input.modules[1]!,
        integrity: { '../frame/remoteEntry.js': SRI, 'remoteEntry.js': 'md5-abc' },
        canary: { version: '2.1.0', entry: 'x/mf-manifest.json', percent: 120 },
      };
      expect(issuesOf(input)).toEqual([
        'modules.1.integrity.remoteEntry.js: integrity values are SRI hashes, e.g. sha384-…',
        'modules.1.integrity.../frame/remoteEntry.js: integrity keys are paths inside the module folder, e.g. remoteEntry.js',
        'modules.1.canary.percent: Too big: expected number to be <=100',
      ]);
    });

    it('refuses a canary of the version already released', () => {
      const input = manifest();
      input.modules[1] = {
        ...input.modules[1]!,
        canary: { version: input.modules[1]!.version, entry: 'x/mf-manifest.json', percent: 10 },
      };
      expect(issuesOf(input)).toEqual([
        'modules.1.canary.version: the canary of "fee-directory" must be another version than 2.0.0-rc.1+build.7',
      ]);
    });

    it('refuses override origins that are not origins', () => {
      const input = {
        ...manifest(),
        testing: { overrides: true, origins: ['http://localhost:5102/mf-manifest.json'] },
      };
      expect(issuesOf(input)).toEqual(['testing.origins.0: origins look like http://localhost:5102']);
    });
  });
});

describe('hostContractSupports (caret rule)', () => {
  it('accepts the same major with at least the minor and patch the module was built against', () => {
    expect(hostContractSupports('1.0.0', '1.0.0')).toBe(true);
    expect(hostContractSupports('1.2.0', '1.3.0')).toBe(true);
    expect(hostContractSupports('1.2.3', '1.2.5')).toBe(true);
  });

  it('refuses an older shell or another major', () => {
    expect(hostContractSupports('1.3.0', '1.2.9')).toBe(false);
    expect(hostContractSupports('1.2.4', '1.2.3')).toBe(false);
    expect(hostContractSupports('2.0.0', '1.9.0')).toBe(false);
    expect(hostContractSupports('1.0.0', '2.0.0')).toBe(false);
  });

  it('treats every 0.x minor as breaking', () => {
    expect(hostContractSupports('0.2.0', '0.2.5')).toBe(true);
    expect(hostContractSupports('0.2.0', '0.3.0')).toBe(false);
  });

  it('defaults to the version this shell provides', () => {
    expect(hostContractSupports(HOST_CONTRACT_VERSION)).toBe(true);
  });
});
