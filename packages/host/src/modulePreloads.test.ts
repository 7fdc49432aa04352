import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReleaseManifest } from '@sw/contracts';
import { cdnPageLibraries, modulePreloads } from './modulePreloads.ts';

const json = (file: string, value: unknown) => writeFileSync(file, JSON.stringify(value));
const library = (file: string) => ({ version: '1.0.0', file, files: [file] });

describe('modulePreloads', () => {
  const root = mkdtempSync(join(tmpdir(), 'sw-preloads-'));
  const cdnDir = join(root, 'cdn');
  const shellDir = join(root, 'shell');
  const moduleDir = join(cdnDir, 'modules', 'fee-directory', '1.0.0');
  mkdirSync(moduleDir, { recursive: true });
  mkdirSync(shellDir, { recursive: true });
  json(join(moduleDir, 'mf-manifest.json'), {
    name: 'sw_fee_directory',
    metaData: { remoteEntry: { name: 'remoteEntry.js', path: '' } },
    exposes: [{ path: './lifecycles', assets: { js: { sync: ['assets/lifecycles-1.js'], async: [] } } }],
  });
  json(join(moduleDir, 'page-libraries.json'), { libraries: {}, imports: { 'assets/lifecycles-1.js': ['react'] } });
  const release = {
    modules: [
      {
        name: 'fee-directory',
        version: '1.0.0',
        remoteName: 'sw_fee_directory',
        entry: 'http://fees.cdn/modules/fee-directory/1.0.0/mf-manifest.json',
        apps: [{ expose: './lifecycles', route: '/fees' }],
      },
    ],
  } as unknown as ReleaseManifest;
  const shellLibraries = join(shellDir, 'page-libraries.json');
  const hintsAt = modulePreloads(cdnDir, shellDir, cdnPageLibraries(cdnDir));
  const hrefs = () => hintsAt('/fees', release).map((hint) => hint.href);

  it("hints the module's files and the shell's copy of the libraries it imports", () => {
    json(shellLibraries, { libraries: { react: library('assets/lib-react-1.js') }, imports: {} });
    expect(hrefs()).toEqual([
      'http://fees.cdn/modules/fee-directory/1.0.0/mf-manifest.json',
      'http://fees.cdn/modules/fee-directory/1.0.0/remoteEntry.js',
      'http://fees.cdn/modules/fee-directory/1.0.0/assets/lifecycles-1.js',
      '/assets/lib-react-1.js',
    ]);
  });

  it("follows a rebuilt shell's libraries, as the page follows its index.html", () => {
    json(shellLibraries, { libraries: { react: library('assets/lib-react-2.js') }, imports: {} });
    const later = new Date(Date.now() + 5000);
    utimesSync(shellLibraries, later, later);
    expect(hrefs()).toContain('/assets/lib-react-2.js');
    expect(hrefs()).not.toContain('/assets/lib-react-1.js');
  });

  it("hints the release's own copy of a library where its build has one for the module", () => {
    json(shellLibraries, { libraries: { react: library('assets/lib-react-1.js') }, imports: {} });
    const libraries = {
      base: '/page-libraries/k/',
      scopes: new Map([
        [
          'http://fees.cdn/modules/fee-directory/1.0.0/',
          {
            react: {
              file: '/page-libraries/k/assets/lib-react-a.js',
              files: ['/page-libraries/k/assets/lib-react-a.js', '/page-libraries/k/assets/libs-core-b.js'],
            },
          },
        ],
      ]),
    };
    const hrefs = hintsAt('/fees', release, libraries).map((hint) => hint.href);
    expect(hrefs).toContain('/page-libraries/k/assets/libs-core-b.js');
    expect(hrefs.some((href) => href.startsWith('/assets/lib-'))).toBe(false);
  });
});
