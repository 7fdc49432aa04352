import { describe, expect, it } from 'vitest';
import {
  INLINE_RELEASE_ID,
  ManifestError,
  inlineReleaseManifest,
  loadReleaseManifest,
  releaseUrl,
} from './manifest.ts';

const valid = {
  schemaVersion: 1,
  release: { id: 'r-1', createdAt: '2026-11-27T10:00:00Z' },
  modules: [
    {
      name: 'frame',
      version: '1.0.0',
      remoteName: 'sw_frame',
      entry: 'modules/frame/1.0.0/mf-manifest.json',
      apps: [{ expose: './header', slot: 'header' }],
    },
    {
      name: 'fee-directory',
      version: '1.2.0',
      remoteName: 'sw_fee_directory',
      entry: 'https://cdn.example/fee/mf-manifest.json',
      apps: [{ expose: './lifecycles', route: '/fees' }],
    },
  ],
};

const respond =
  (body: string, status = 200) =>
  async () =>
    new Response(body, { status });

describe('loadReleaseManifest', () => {
  it('accepts a valid manifest and resolves relative entries against the manifest URL', async () => {
    const manifest = await loadReleaseManifest('/releases/prod.json', respond(JSON.stringify(valid)));
    expect(manifest.modules[0]?.entry).toBe(`${location.origin}/releases/modules/frame/1.0.0/mf-manifest.json`);
    expect(manifest.modules[1]?.entry).toBe('https://cdn.example/fee/mf-manifest.json');
    expect(manifest.apiBaseUrl).toBe(`${location.origin}/api`);
  });

  it('rejects a manifest that breaks the schema, saying where', async () => {
    const broken = {
      ...valid,
      modules: [{ ...valid.modules[1], version: 'latest', apps: [{ expose: './lifecycles' }] }],
    };
    const error = (await loadReleaseManifest('/release.json', respond(JSON.stringify(broken))).catch(
      (e) => e,
    )) as ManifestError;
    expect(error).toBeInstanceOf(ManifestError);
    expect(error.issues.join('\n')).toMatch(/modules\.0\.version: versions are semver/);
    expect(error.issues.join('\n')).toMatch(/modules\.0\.apps\.0: an application has either a route or a fixed slot/);
  });

  it('rejects two modules claiming the same route', async () => {
    const twice = {
      ...valid,
      modules: [valid.modules[0], valid.modules[1], { ...valid.modules[1], name: 'fees-2', remoteName: 'sw_fees_2' }],
    };
    const error = (await loadReleaseManifest('/release.json', respond(JSON.stringify(twice))).catch(
      (e) => e,
    )) as ManifestError;
    expect(error.issues.join('\n')).toMatch(/route \/fees is claimed twice/);
  });

  it('reports HTTP errors, non-JSON bodies and network failures as ManifestError', async () => {
    await expect(loadReleaseManifest('/release.json', respond('nope', 404))).rejects.toThrow(/answered HTTP 404/);
    await expect(loadReleaseManifest('/release.json', respond('<html>'))).rejects.toThrow(/is not JSON/);
    const offline = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(loadReleaseManifest('/release.json', offline)).rejects.toThrow(/could not be fetched/);
  });
});

describe('inlineReleaseManifest', () => {
  const pageWith = (json: string, url = '/release.json') => {
    const doc = document.implementation.createHTMLDocument();
    const script = doc.createElement('script');
    script.type = 'application/json';
    script.id = INLINE_RELEASE_ID;
    script.dataset.url = url;
    script.textContent = json;
    doc.head.append(script);
    return doc;
  };

  it('reads the release the portal put in the page, with absolute entries', () => {
    const manifest = inlineReleaseManifest('/release.json', pageWith(JSON.stringify(valid)));
    expect(manifest?.release.id).toBe('r-1');
    expect(manifest?.modules[0]?.entry).toBe(new URL('/modules/frame/1.0.0/mf-manifest.json', location.href).href);
  });

  it('is undefined without one, or when it was inlined for another manifest URL (then the shell fetches)', () => {
    expect(inlineReleaseManifest('/release.json', document.implementation.createHTMLDocument())).toBeUndefined();
    expect(inlineReleaseManifest('/release/r-7.json', pageWith(JSON.stringify(valid)))).toBeUndefined();
  });

  it('refuses an inline release that is not JSON', () => {
    expect(() => inlineReleaseManifest('/release.json', pageWith('{'))).toThrow(ManifestError);
  });

  it("does not check the inline release again: the portal's store did, and inlines no release it cannot read", () => {
    // What the schema would refuse (a release without modules) shows that no schema ran, nor loaded.
    const unchecked = { ...valid, modules: [] };
    expect(inlineReleaseManifest('/release.json', pageWith(JSON.stringify(unchecked)))?.modules).toEqual([]);
  });
});

describe('releaseUrl', () => {
  it('reads the manifest URL from the page, defaulting to /release.json', () => {
    const doc = document.implementation.createHTMLDocument();
    expect(releaseUrl(doc)).toBe('/release.json');
    const meta = doc.createElement('meta');
    meta.name = 'sw-release-url';
    meta.content = '/releases/staging.json';
    doc.head.append(meta);
    expect(releaseUrl(doc)).toBe('/releases/staging.json');
  });
});
