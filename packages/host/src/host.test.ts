import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReleaseManifest } from '@sw/contracts';
import { discoverModules } from './modules.ts';
import { composeLocalRelease } from './release.ts';
import { portalApp } from './portal.ts';
import { staticSite } from './staticSite.ts';
import { PROBLEM_CONTENT_TYPE } from '@sw/contracts';

function fakeWorkspace() {
  const root = mkdtempSync(join(tmpdir(), 'sw-host-'));
  const app = (name: string, swModule: unknown) => {
    mkdirSync(join(root, 'apps', name, 'dist', 'assets'), { recursive: true });
    writeFileSync(join(root, 'apps', name, 'package.json'), JSON.stringify({ version: '1.4.0', swModule }));
  };
  app('fee-directory', {
    remoteName: 'sw_fee_directory',
    port: 4102,
    apps: [{ expose: './lifecycles', route: '/fees' }],
  });
  app('frame', { remoteName: 'sw_frame', port: 4101, apps: [{ expose: './header', slot: 'header' }] });
  mkdirSync(join(root, 'apps', 'not-a-module'));
  writeFileSync(join(root, 'apps', 'not-a-module', 'package.json'), JSON.stringify({ version: '0.0.0' }));
  const dist = join(root, 'apps', 'frame', 'dist');
  writeFileSync(join(dist, 'remoteEntry.js'), 'export const x = 1;'.repeat(200));
  writeFileSync(join(dist, 'assets', 'header-DRRFuOb2.js'), 'export const y = 2;'.repeat(200));
  mkdirSync(join(root, 'shell', 'dist'), { recursive: true });
  writeFileSync(join(root, 'shell', 'dist', 'index.html'), '<!doctype html><title>shell</title>');
  return root;
}

describe('the local suite host', () => {
  const root = fakeWorkspace();

  it('finds the modules with an swModule block, in port order', () => {
    expect(discoverModules(root).map((m) => [m.name, m.port, m.version])).toEqual([
      ['frame', 4101, '1.4.0'],
      ['fee-directory', 4102, '1.4.0'],
    ]);
  });

  it('composes a release the shell accepts', () => {
    const release = composeLocalRelease(discoverModules(root), (m) => `http://localhost:${m.port}`);
    expect(parseReleaseManifest(JSON.parse(JSON.stringify(release))).ok).toBe(true);
    expect(release.modules[1]?.entry).toBe('http://localhost:4102/mf-manifest.json');
  });

  it('serves module files cross-origin, compressed, with immutable caching only for hashed assets', async () => {
    const site = staticSite(join(root, 'apps', 'frame', 'dist'), { cors: true });
    const asset = await site.request('/assets/header-DRRFuOb2.js', {
      headers: { 'Accept-Encoding': 'gzip', Origin: 'http://localhost:4100' },
    });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('access-control-allow-origin')).toBe('*');
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const entry = await site.request('/remoteEntry.js');
    expect(entry.headers.get('cache-control')).toBe('no-cache');
    expect((await site.request('/assets/missing-AAAAAAAA.js')).status).toBe(404);
  });

  it('serves the shell for client-side routes, the manifest, and passes /api with the client address', async () => {
    const release = composeLocalRelease(discoverModules(root), (m) => `http://localhost:${m.port}`);
    const seen: Request[] = [];
    const api = async (request: Request) => {
      seen.push(request);
      return new Response(JSON.stringify({ code: 'route.not_found' }), {
        status: 404,
        headers: { 'Content-Type': PROBLEM_CONTENT_TYPE },
      });
    };
    const portal = portalApp({ shellDir: join(root, 'shell', 'dist'), release: () => release, api });
    const page = await portal.request('/fees/anything');
    expect(await page.text()).toContain('<title>shell</title>');
    const manifest = await portal.request('/release.json');
    expect(manifest.headers.get('cache-control')).toBe('no-cache');
    expect((await manifest.json()).release.id).toBe(release.release.id);
    const unknown = await portal.request('/api/nothing-here');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toBe('application/problem+json');
    expect((await unknown.json()).code).toBe('route.not_found');
    expect(seen.map((r) => new URL(r.url).pathname)).toEqual(['/api/nothing-here']);
  });

  it('refuses to serve a module that was never built', () => {
    expect(() => staticSite(join(root, 'apps', 'fee-directory', 'nope'))).toThrow(/build the suite first/);
  });
});
