import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReleaseManifest } from '@sw/contracts';
import { cdnPageLibraries } from './modulePreloads.ts';
import { portalApp } from './portal.ts';
import { withImportMapScopes } from './portalPage.ts';
import type { ReleaseService } from '@sw/release/node';
import { importMapScopes, pruneReleaseLibraries, releaseLibraries } from './releaseLibraries.ts';

const FRAME = 'http://frame.cdn/modules/frame/1.0.0/';
const FEES = 'http://fees.cdn/modules/fee-directory/1.0.0/';
const FEES_CANARY = 'http://fees.cdn/modules/fee-directory/1.1.0/';

/** A CDN folder with the versions' `page-libraries.json` (`uses` undefined: a build from before it). */
function cdnWith(versions: Record<string, { libraries?: string[]; uses?: Record<string, string[]> } | undefined>) {
  const cdnDir = mkdtempSync(join(tmpdir(), 'sw-release-libraries-'));
  for (const [folder, build] of Object.entries(versions)) {
    if (!build) continue;
    const dir = join(cdnDir, new URL(folder).pathname);
    mkdirSync(dir, { recursive: true });
    const libraries = Object.fromEntries(
      (build.libraries ?? []).map((specifier) => [specifier, { version: '1.0.0', file: 'x.js', files: ['x.js'] }]),
    );
    writeFileSync(
      join(dir, 'page-libraries.json'),
      JSON.stringify({ libraries, imports: {}, ...(build.uses && { uses: build.uses }) }),
    );
  }
  return cdnDir;
}

const release = {
  release: { id: 'r1' },
  modules: [
    {
      name: 'frame',
      version: '1.0.0',
      remoteName: 'sw_frame',
      entry: `${FRAME}mf-manifest.json`,
      apps: [{ name: 'header', expose: './header', slot: 'header' }],
    },
    {
      name: 'fee-directory',
      version: '1.0.0',
      remoteName: 'sw_fee_directory',
      entry: `${FEES}mf-manifest.json`,
      apps: [{ name: 'fees', expose: './lifecycles', route: '/fees' }],
      canary: { version: '1.1.0', entry: `${FEES_CANARY}mf-manifest.json`, percent: 10 },
    },
  ],
} as unknown as ReleaseManifest;

const USES = {
  [FRAME]: { uses: { react: ['*'], '@tanstack/react-query': ['QueryClient'], 'sw-antd/base': ['Button'] } },
  [FEES]: { uses: { react: ['*'], '@tanstack/react-query': ['useQuery'], 'sw-antd/base': ['Button', 'Space'] } },
  [FEES_CANARY]: { uses: { react: ['*'], '@tanstack/react-query': ['useQuery'], 'sw-antd/base': ['Button', 'Flex'] } },
};

describe("a release's own page libraries", () => {
  it('are built once the release is served, then give every module version its copies', async () => {
    const cdnDir = cdnWith(USES);
    const libraries = releaseLibraries(cdnDir, cdnPageLibraries(cdnDir));
    expect(libraries.current(release)).toBeUndefined();
    await libraries.ready(release);
    const built = libraries.current(release)!;
    expect([...built.scopes.keys()]).toEqual([FRAME, FEES, FEES_CANARY]);
    const fees = built.scopes.get(FEES)!['@tanstack/react-query']!;
    expect(fees.file).toMatch(/^\/page-libraries\/\w{16}\/assets\/lib-tanstack-react-query-\w{6}-[\w-]{8}\.js$/);
    for (const url of fees.files) expect(existsSync(join(cdnDir, url))).toBe(true);
    // Each version's antd is cut to its own imports: the canary's differs from the released one's.
    const base = (folder: string) => built.scopes.get(folder)!['sw-antd/base']!.file;
    expect(base(FEES_CANARY)).not.toBe(base(FEES));
    // Another service on the same folder (a restarted portal) finds the build without building.
    expect(releaseLibraries(cdnDir, cdnPageLibraries(cdnDir)).current(release)).toEqual(built);
  }, 60_000);

  it('cut nothing from a module version built before its uses were recorded: it gets whole libraries', async () => {
    const cdnDir = cdnWith({ ...USES, [FEES]: { libraries: ['react', '@tanstack/react-query'] } });
    const libraries = releaseLibraries(cdnDir, cdnPageLibraries(cdnDir));
    await libraries.ready(release);
    const fees = libraries.current(release)!.scopes.get(FEES)!;
    expect(Object.keys(fees).sort()).toEqual(['@tanstack/react-query', 'react']);
    // Whole: the one copy for every version holds all of TanStack Query, not the others' few names.
    expect(fees['@tanstack/react-query']).toEqual(
      libraries.current(release)!.scopes.get(FRAME)!['@tanstack/react-query'],
    );
  }, 60_000);

  it("are not built for a release with a module whose libraries are unknown: its pages keep the shell's", async () => {
    const cdnDir = cdnWith({ ...USES, [FEES_CANARY]: undefined });
    const libraries = releaseLibraries(cdnDir, cdnPageLibraries(cdnDir));
    await libraries.ready(release);
    expect(libraries.current(release)).toBeUndefined();
    expect(existsSync(join(cdnDir, 'page-libraries'))).toBe(false);
  });

  it('are served by the portal as immutable files, and its pages scope them to each module version', async () => {
    const cdnDir = cdnWith(USES);
    const libraries = releaseLibraries(cdnDir, cdnPageLibraries(cdnDir));
    await libraries.ready(release);
    const shellDir = mkdtempSync(join(tmpdir(), 'sw-shell-'));
    writeFileSync(
      join(shellDir, 'index.html'),
      '<!doctype html><head><script type="importmap">{"imports":{"react":"/assets/lib-react-1.js"}}</script></head>',
    );
    const portal = portalApp({
      shellDir,
      releases: { live: () => release, channel: () => undefined, release: () => undefined },
      api: async () => new Response('api'),
      releaseLibraries: { folder: cdnDir, of: libraries.current },
    });
    const html = await (await portal.request('/fees')).text();
    const map = JSON.parse(/<script type="importmap">(.*?)<\/script>/.exec(html)![1]!);
    expect(map.imports).toEqual({ react: '/assets/lib-react-1.js' });
    expect(map.scopes).toEqual(importMapScopes(libraries.current(release)!));
    const file = await portal.request(map.scopes[FEES]['@tanstack/react-query']);
    expect(file.status).toBe(200);
    expect(file.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    // Only the builds: nothing else of the CDN folder is served from the portal.
    expect((await portal.request('/modules/frame/1.0.0/page-libraries.json')).status).toBe(404);
  }, 60_000);
});

describe("pruning the releases' page libraries", () => {
  it('removes the builds of releases no longer kept, and keeps those of the releases given', async () => {
    const cdnDir = cdnWith(USES);
    const libraries = releaseLibraries(cdnDir, cdnPageLibraries(cdnDir));
    const withoutCanary = {
      ...release,
      modules: release.modules.map(({ canary: _canary, ...module }) => module),
    } as ReleaseManifest;
    await libraries.ready(release);
    await libraries.ready(withoutCanary);
    const keyOf = (manifest: ReleaseManifest) => /page-libraries\/(\w+)\//.exec(libraries.current(manifest)!.base)![1]!;
    const [kept, old] = [keyOf(withoutCanary), keyOf(release)];
    expect(libraries.prune([withoutCanary])).toEqual([old]);
    expect(existsSync(join(cdnDir, 'page-libraries', old))).toBe(false);
    expect(existsSync(join(cdnDir, 'page-libraries', kept))).toBe(true);
    // A release whose build was pruned is built again when it is served again.
    expect(libraries.current(release)).toBeUndefined();
    await libraries.ready(release);
    expect(libraries.current(release)).toBeDefined();
  }, 60_000);
});

describe('pruneReleaseLibraries', () => {
  it("keeps the libraries of staging's release and of production's last ten", () => {
    const kept: string[][] = [];
    const history = Array.from({ length: 12 }, (_, index) => ({ releaseId: `r${12 - index}` }));
    pruneReleaseLibraries(
      { prune: (keep) => (kept.push(keep.map((manifest) => manifest.release.id)), []) },
      {
        history: ({ limit } = {}) => history.slice(0, limit) as ReturnType<ReleaseService['history']>,
        channel: () => ({ releaseId: 'r-staged' }) as ReturnType<ReleaseService['channel']>,
        served: (id: string) => ({ release: { id } }) as ReleaseManifest,
      },
    );
    expect(kept).toEqual([['r12', 'r11', 'r10', 'r9', 'r8', 'r7', 'r6', 'r5', 'r4', 'r3', 'r-staged']]);
  });

  it('keeps everything when the history cannot be read', () => {
    let pruned = false;
    pruneReleaseLibraries(
      { prune: () => ((pruned = true), []) },
      {
        history: () => {
          throw new Error('history.jsonl: unreadable');
        },
        channel: () => undefined,
        served: () => release,
      },
    );
    expect(pruned).toBe(false);
  });
});

describe('withImportMapScopes', () => {
  it("adds the scopes to the page's import map, keeping its imports, and cannot end the script block", () => {
    const page = '<head><script type="importmap">{"imports":{"react":"/r.js"}}</script></head>';
    const scoped = withImportMapScopes(page, { [FEES]: { react: '/page-libraries/k/</script>.js' } });
    expect(scoped.match(/<\/script>/g)).toHaveLength(1);
    const map = JSON.parse(/<script type="importmap">(.*)<\/script>/.exec(scoped)![1]!);
    expect(map).toEqual({
      imports: { react: '/r.js' },
      scopes: { [FEES]: { react: '/page-libraries/k/</script>.js' } },
    });
  });
});
