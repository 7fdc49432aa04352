import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { PROBLEM_CONTENT_TYPE, parseReleaseManifest, type ReleaseManifest } from '@sw/contracts';
import { ReleaseService, workspaceModules } from '@sw/release/node';
import { FEES, FRAME, fakeWorkspace, writeFakeBuild } from '@sw/release/testing';
import { moduleCdnSite } from './cdnSite.ts';
import { prepareDataDir } from './dataDir.ts';
import { LOCAL_ACTOR, publishLocalBuilds } from './localRelease.ts';
import { portalApp, type ReleaseSource } from './portal.ts';
import { inlineRelease } from './portalPage.ts';
import { staticSite } from './staticSite.ts';

/** A workspace whose frame and fee directory have a build in apps/<name>/dist, as `pnpm build` leaves them. */
function builtWorkspace() {
  const workspace = fakeWorkspace([FRAME, FEES]);
  writeFakeBuild(join(workspace.root, 'apps', 'frame', 'dist'), FRAME);
  writeFakeBuild(join(workspace.root, 'apps', 'fee-directory', 'dist'), FEES);
  const service = new ReleaseService({
    dataDir: workspace.dataDir,
    resolveEntry: (entry, module) => `http://localhost:${module === 'frame' ? 4101 : 4102}/${entry}`,
  });
  return { ...workspace, service, modules: workspaceModules(workspace.root) };
}

describe('what npm start serves', () => {
  it('finds the modules with an swModule block, in port order', () => {
    const { modules } = builtWorkspace();
    expect(modules.map((m) => [m.name, m.port, m.version])).toEqual([
      ['frame', 4101, '1.0.0'],
      ['fee-directory', 4102, '1.0.0'],
    ]);
  });

  it('deploys the local builds and makes them live on a fresh clone, then leaves an unchanged release alone', async () => {
    const { root, service, modules } = builtWorkspace();
    const first = await publishLocalBuilds(service, root, modules);
    expect(first).toMatchObject({
      production: 'created',
      deployed: [
        { name: 'frame', version: '1.0.0' },
        { name: 'fee-directory', version: '1.0.0' },
      ],
    });
    const live = service.served('production');
    expect(parseReleaseManifest(JSON.parse(JSON.stringify(live))).ok).toBe(true);
    expect(live.modules[1]?.entry).toBe('http://localhost:4102/modules/fee-directory/1.0.0/mf-manifest.json');
    expect(service.channel('production')?.updatedBy).toBe(LOCAL_ACTOR);
    const again = await publishLocalBuilds(service, root, modules);
    expect(again).toMatchObject({ production: 'unchanged', releaseId: first.releaseId });
  });

  it('serves code changed without a version bump under a local build version, never rewriting a deployed one', async () => {
    const { root, service, modules } = builtWorkspace();
    await publishLocalBuilds(service, root, modules);
    writeFakeBuild(join(root, 'apps', 'fee-directory', 'dist'), FEES, { marker: 'edited' });
    const next = await publishLocalBuilds(service, root, modules);
    expect(next.production).toBe('updated');
    const version = next.deployed.find((d) => d.name === 'fee-directory')?.version;
    expect(version).toMatch(/^1\.0\.0\+local\.[A-Za-z0-9]{8}$/);
    expect(next.messages[0]).toContain('fee-directory 1.0.0 changed since it was deployed');
    expect(service.release('production').modules.find((m) => m.name === 'fee-directory')?.version).toBe(version);
  });

  it('leaves out a module whose build is incomplete or fails validation, and serves the others', async () => {
    const { root, service, modules } = builtWorkspace();
    rmSync(join(root, 'apps', 'fee-directory', 'dist', 'remoteEntry.js'));
    const partial = await publishLocalBuilds(service, root, modules);
    expect(partial.deployed.map((d) => d.name)).toEqual(['frame']);
    expect(partial.messages[0]).toMatch(/^fee-directory left out: .+ lacks its remote entry remoteEntry\.js/);
    writeFakeBuild(join(root, 'apps', 'fee-directory', 'dist'), FEES, { exports: ['bootstrap'] });
    const invalid = await publishLocalBuilds(service, root, modules);
    expect(invalid.messages).toContain('left out of the release: fee-directory');
    expect(service.release('production').modules.map((m) => m.name)).toEqual(['frame']);
  });

  it('leaves production alone once someone promoted or rolled back by hand', async () => {
    const { root, service, modules } = builtWorkspace();
    const first = await publishLocalBuilds(service, root, modules);
    writeFakeBuild(join(root, 'apps', 'fee-directory', 'dist'), FEES, { marker: 'edited' });
    await publishLocalBuilds(service, root, modules);
    await service.rollback({ releaseId: first.releaseId!, actor: 'li.na' });
    writeFakeBuild(join(root, 'apps', 'fee-directory', 'dist'), FEES, { marker: 'edited again' });
    const kept = await publishLocalBuilds(service, root, modules);
    expect(kept).toMatchObject({ production: 'kept', releaseId: first.releaseId });
    expect(kept.messages.at(-1)).toMatch(
      /production is release .+, set by li\.na: left as it is\. To serve your builds: pnpm release compose --set frame@1\.0\.0 --set fee-directory@1\.0\.0\+local\./,
    );
  });
});

describe('module origins', () => {
  it("serve that module's CDN folder only, cross-origin, compressed, each version cached as immutable", async () => {
    const { root, service, modules } = builtWorkspace();
    await publishLocalBuilds(service, root, modules);
    const site = moduleCdnSite(service.cdnDir, 'frame');
    const entry = await site.request('/modules/frame/1.0.0/remoteEntry.js', {
      headers: { 'Accept-Encoding': 'gzip', Origin: 'http://localhost:4100' },
    });
    expect(entry.status).toBe(200);
    expect(entry.headers.get('access-control-allow-origin')).toBe('*');
    expect(entry.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await site.request('/modules/frame/1.0.0/integrity.json')).status).toBe(200);
    expect((await site.request('/modules/fee-directory/1.0.0/remoteEntry.js')).status).toBe(404);
    expect((await site.request('/modules/frame/9.9.9/remoteEntry.js')).status).toBe(404);
  });

  it('compress and cache static sites, and refuse a folder that was never built', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sw-site-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'assets', 'header-DRRFuOb2.js'), 'export const y = 2;'.repeat(200));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>shell</title>');
    const site = staticSite(dir, { cors: true });
    const asset = await site.request('/assets/header-DRRFuOb2.js', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await site.request('/index.html')).headers.get('cache-control')).toBe('no-cache');
    expect(() => staticSite(join(dir, 'nope'))).toThrow(/build the suite first/);
  });
});

describe('the portal origin', () => {
  const shellDir = mkdtempSync(join(tmpdir(), 'sw-shell-'));
  writeFileSync(join(shellDir, 'index.html'), '<!doctype html><title>shell</title>');

  it('serves the live release, channels and pinned releases, the shell for pages, and passes /api on', async () => {
    const { root, service, modules } = builtWorkspace();
    const { releaseId } = await publishLocalBuilds(service, root, modules);
    const releases: ReleaseSource = {
      live: () => service.served('production'),
      channel: (name) => (name === 'staging' ? service.served('staging') : undefined),
      release: (id) => (id === releaseId ? service.served(id, 'pinned') : undefined),
    };
    const seen: string[] = [];
    const api = async (request: Request) => {
      seen.push(new URL(request.url).pathname);
      return new Response(JSON.stringify({ code: 'route.not_found' }), {
        status: 404,
        headers: { 'Content-Type': PROBLEM_CONTENT_TYPE },
      });
    };
    const portal = portalApp({ shellDir, releases, api });
    const page = await (await portal.request('/fees/anything')).text();
    expect(page).toContain('<title>shell</title>');
    // The live release is in the page, so the shell need not fetch it before loading modules.
    const inline = /<script type="application\/json" id="sw-release" data-url="\/release.json">(.*?)<\/script>/.exec(
      page,
    );
    expect(JSON.parse(inline![1]!).release).toMatchObject({ id: releaseId, channel: 'production' });
    const live = await portal.request('/release.json');
    expect(live.headers.get('cache-control')).toBe('no-cache');
    expect((await live.json()).release).toMatchObject({ id: releaseId, channel: 'production' });
    expect((await (await portal.request('/release/channels/staging.json')).json()).release.channel).toBe('staging');
    expect((await (await portal.request(`/release/${releaseId}.json`)).json()).release.channel).toBe('pinned');
    expect((await portal.request('/release/channels/nightly.json')).status).toBe(404);
    expect((await portal.request('/release/nope.json')).status).toBe(404);
    const unknown = await portal.request('/api/nothing-here');
    expect(unknown.headers.get('content-type')).toBe('application/problem+json');
    expect(seen).toEqual(['/api/nothing-here']);
  });

  it("puts each page's module preloads in its head, leaving files and the API alone", async () => {
    const portal = portalApp({
      shellDir,
      releases: { live: () => undefined, channel: () => undefined, release: () => undefined },
      api: async () => new Response('api'),
      preloads: (pathname) =>
        pathname.startsWith('/fees')
          ? [
              { href: 'http://fees.cdn/modules/fee-directory/1.0.0/mf-manifest.json', kind: 'fetch' },
              { href: 'http://fees.cdn/modules/fee-directory/1.0.0/remoteEntry.js', kind: 'modulepreload' },
            ]
          : [],
    });
    const page = await portal.request('/fees/items/1', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('content-encoding')).toBe('gzip');
    const html = await new Response(page.body?.pipeThrough(new DecompressionStream('gzip'))).text();
    expect(html).toContain('<title>shell</title>');
    expect(html).toContain(
      '<link rel="preload" as="fetch" href="http://fees.cdn/modules/fee-directory/1.0.0/mf-manifest.json" crossorigin>',
    );
    expect(html).toContain(
      '<link rel="modulepreload" href="http://fees.cdn/modules/fee-directory/1.0.0/remoteEntry.js" crossorigin>',
    );
    expect(await (await portal.request('/hotline')).text()).not.toContain('<link');
    expect(await (await portal.request('/api/fees')).text()).toBe('api');
  });

  it('inlines a release whose notes contain markup without ending the script block', () => {
    const manifest = {
      release: { id: 'r', notes: '</script><script>alert(1)</script>' },
    } as unknown as ReleaseManifest;
    const block = inlineRelease(manifest);
    expect(block.match(/<\/script>/g)).toHaveLength(1);
    expect(JSON.parse(/>(.*)<\/script>$/.exec(block)![1]!)).toEqual(manifest);
  });

  it('serves the page without the live release when the store cannot read it, so the shell reports it', async () => {
    const unreadable = () => {
      throw new Error('releases/r-1.json: modules: Too small');
    };
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const portal = portalApp({
      shellDir,
      releases: { live: unreadable, channel: () => undefined, release: () => undefined },
      api: async () => new Response(null, { status: 404 }),
      preloads: () => [{ href: 'http://fees.cdn/remoteEntry.js', kind: 'modulepreload' }],
    });
    const page = await portal.request('/fees');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<title>shell</title>');
    expect(html).not.toContain('sw-release');
    expect(html).not.toContain('<link');
    expect((await portal.request('/release.json')).status).toBe(500);
    expect(errors).toHaveBeenCalledWith(expect.stringContaining('the live release cannot be read'));
    errors.mockRestore();
  });

  it('answers 404 for /release.json while nothing is live (the shell shows its error page)', async () => {
    const portal = portalApp({
      shellDir,
      releases: { live: () => undefined, channel: () => undefined, release: () => undefined },
      api: async () => new Response(null, { status: 404 }),
    });
    expect((await portal.request('/release.json')).status).toBe(404);
  });
});

describe('the data folder', () => {
  it('resets only throw-away folders under the temp folder', () => {
    const scratch = join(mkdtempSync(join(tmpdir(), 'sw-data-')), 'run');
    mkdirSync(join(scratch, 'cdn'), { recursive: true });
    expect(prepareDataDir('/repo', scratch, true)).toBe(scratch);
    expect(() => prepareDataDir('/repo', '/var/lib/suite', true)).toThrow(/only resets folders under/);
  });
});
