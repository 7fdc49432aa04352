import { describe, expect, it } from 'vitest';
import type { ReleaseManifest, ReleaseModule } from '@sw/contracts';
import type { MfManifest } from './mfManifest.ts';
import { libraryFiles, type PageLibrariesFile } from './pageLibraries.ts';
import { preloadHints } from './preloads.ts';

const js = (sync: string[], async: string[] = []) => ({ js: { sync, async } });
const mf = (name: string, exposes: MfManifest['exposes'], shared: MfManifest['shared'] = []): MfManifest => ({
  name,
  metaData: { remoteEntry: { name: 'remoteEntry.js', path: '' } },
  exposes,
  shared,
});

const frame: ReleaseModule = {
  name: 'frame',
  version: '1.0.0',
  remoteName: 'sw_frame',
  entry: 'http://frame.cdn/modules/frame/1.0.0/mf-manifest.json',
  apps: [
    { expose: './header', slot: 'header' },
    { expose: './landing', route: '/' },
  ],
};
const fees: ReleaseModule = {
  name: 'fee-directory',
  version: '2.0.0',
  remoteName: 'sw_fee_directory',
  entry: 'http://fees.cdn/modules/fee-directory/2.0.0/mf-manifest.json',
  apps: [{ expose: './lifecycles', route: '/fees' }],
};
const release = { modules: [frame, fees] } as ReleaseManifest;
const manifests: Record<string, MfManifest> = {
  frame: mf(
    'sw_frame',
    [
      { path: './header', assets: js(['assets/header-1.js', 'assets/runtime-1.js']) },
      { path: './landing', assets: js(['assets/landing-1.js']) },
    ],
    [{ name: 'react', version: '19.0.0', assets: js([], ['assets/__prebuild__react__prebuild__-1.js']) }],
  ),
  'fee-directory': mf(
    'sw_fee_directory',
    [
      {
        path: './lifecycles',
        assets: js(['assets/lifecycles-2.js'], ['assets/__loadShare__shared-2.js', 'assets/echarts-2.js']),
      },
    ],
    [{ name: 'react', version: '19.0.0', assets: js([], ['assets/__prebuild__react__prebuild__-2.js']) }],
  ),
};
const hintsAt = (pathname: string) =>
  preloadHints(release, pathname, (module) => manifests[module.name]).map((h) => `${h.kind} ${h.href}`);

describe('preloadHints', () => {
  it("hints the fixed slots' and the route's module files, and shared libraries from the first module only", () => {
    expect(hintsAt('/fees/items/42')).toEqual([
      'fetch http://frame.cdn/modules/frame/1.0.0/mf-manifest.json',
      'modulepreload http://frame.cdn/modules/frame/1.0.0/remoteEntry.js',
      'modulepreload http://frame.cdn/modules/frame/1.0.0/assets/header-1.js',
      'modulepreload http://frame.cdn/modules/frame/1.0.0/assets/runtime-1.js',
      'modulepreload http://frame.cdn/modules/frame/1.0.0/assets/__prebuild__react__prebuild__-1.js',
      'fetch http://fees.cdn/modules/fee-directory/2.0.0/mf-manifest.json',
      'modulepreload http://fees.cdn/modules/fee-directory/2.0.0/remoteEntry.js',
      'modulepreload http://fees.cdn/modules/fee-directory/2.0.0/assets/lifecycles-2.js',
      'modulepreload http://fees.cdn/modules/fee-directory/2.0.0/assets/__loadShare__shared-2.js',
    ]);
  });

  it("leaves out modules not on the page, lazy chunks, and modules whose manifest can't be read", () => {
    const landing = hintsAt('/');
    expect(landing).toContain('modulepreload http://frame.cdn/modules/frame/1.0.0/assets/landing-1.js');
    expect(landing.some((hint) => hint.includes('fee-directory'))).toBe(false);
    expect(hintsAt('/fees').some((hint) => hint.includes('echarts'))).toBe(false);
    expect(preloadHints(release, '/fees', () => undefined)).toEqual([]);
  });
});

describe('preloadHints with page libraries', () => {
  const page = {
    libraries: {
      react: {
        version: '19.0.0',
        file: 'assets/lib-react-1.js',
        files: ['assets/lib-react-1.js', 'assets/react-1.js'],
      },
      'sw-antd/base': {
        version: '6.0.0',
        file: 'assets/lib-base-1.js',
        files: ['assets/lib-base-1.js', 'assets/react-1.js'],
      },
      'sw-antd/data': { version: '6.0.0', file: 'assets/lib-data-1.js', files: ['assets/lib-data-1.js'] },
      'sw-antd/pickers': { version: '6.0.0', file: 'assets/lib-pickers-1.js', files: ['assets/lib-pickers-1.js'] },
      '@module-federation/runtime': {
        version: '2.0.0',
        file: 'assets/lib-runtime-1.js',
        files: ['assets/lib-runtime-1.js', 'assets/dist-1.js'],
      },
    },
    imports: {},
  };
  const ofModule: Record<string, PageLibrariesFile> = {
    frame: {
      libraries: {},
      imports: {
        'remoteEntry.js': ['@module-federation/runtime'],
        'assets/header-1.js': ['react', 'sw-antd/base'],
        'assets/signInMenu-1.js': ['react', 'sw-antd/base'],
      },
    },
    'fee-directory': {
      libraries: {},
      imports: {
        'assets/lifecycles-2.js': ['react'],
        'assets/routes-2.js': ['react', 'sw-antd/data'],
        'assets/echarts-2.js': ['react'],
        'assets/importForm-2.js': ['react', 'sw-antd/form'],
      },
      // The routes load the operators' import form themselves, when it is opened.
      lazy: { 'assets/lifecycles-2.js': ['assets/routes-2.js'], 'assets/routes-2.js': ['assets/importForm-2.js'] },
    },
  };
  // A build with page libraries: its pages are a lazy chunk of their own, beside its charts.
  const builds: Record<string, MfManifest> = {
    ...manifests,
    // The frame's header opens its demo sign-in menu, a lazy chunk of base components, on click.
    frame: mf('sw_frame', [
      { path: './header', assets: js(['assets/header-1.js'], ['assets/signInMenu-1.js']) },
      { path: './landing', assets: js(['assets/landing-1.js']) },
    ]),
    'fee-directory': mf('sw_fee_directory', [
      {
        path: './lifecycles',
        assets: js(['assets/lifecycles-2.js'], ['assets/routes-2.js', 'assets/echarts-2.js', 'assets/importForm-2.js']),
      },
    ]),
  };
  const hints = (pathname: string) =>
    preloadHints(release, pathname, (module) => builds[module.name], {
      of: (module) => ofModule[module.name],
      files: (_module, specifiers) => libraryFiles(page, specifiers).map((path) => `/${path}`),
    }).map((h) => h.href);

  it("hints, once each, the portal's files of the libraries the page's remote entries and exposes import", () => {
    const fees = hints('/fees');
    expect(fees.filter((href) => href.startsWith('/'))).toEqual([
      '/assets/lib-runtime-1.js',
      '/assets/dist-1.js',
      '/assets/lib-react-1.js',
      '/assets/react-1.js',
      '/assets/lib-base-1.js',
      '/assets/lib-data-1.js',
    ]);
    expect(fees).not.toContain('/assets/lib-pickers-1.js');
    // The federation runtime before any module's file: nothing of a module loads until it has run.
    expect(fees.slice(0, 2)).toEqual(['/assets/lib-runtime-1.js', '/assets/dist-1.js']);
    expect(hints('/').filter((href) => href.startsWith('/'))).not.toContain('/assets/lib-data-1.js');
  });

  it('hints the files the import map gives each module (a release cut to its modules has a copy for each)', () => {
    const scoped = preloadHints(release, '/fees', (module) => builds[module.name], {
      of: (module) => ofModule[module.name],
      files: (module, specifiers) => specifiers.map((specifier) => `/page-libraries/k/${module.name}/${specifier}.js`),
    }).map((h) => h.href);
    expect(scoped).toContain('/page-libraries/k/fee-directory/sw-antd/data.js');
    expect(scoped).toContain('/page-libraries/k/frame/sw-antd/base.js');
    expect(scoped).not.toContain('/page-libraries/k/frame/sw-antd/data.js');
  });

  it("hints a module's pages (its lazy chunks that import antd's page groups), not its charts or menus", () => {
    const fees = hints('/fees');
    expect(fees).toContain('http://fees.cdn/modules/fee-directory/2.0.0/assets/routes-2.js');
    expect(fees).not.toContain('http://fees.cdn/modules/fee-directory/2.0.0/assets/echarts-2.js');
    expect(fees.some((href) => href.endsWith('/assets/signInMenu-1.js'))).toBe(false);
  });

  it('hints only the pages the mount loads, not a page its routes load later (an operators’ form)', () => {
    const fees = hints('/fees');
    expect(fees).toContain('http://fees.cdn/modules/fee-directory/2.0.0/assets/routes-2.js');
    expect(fees).not.toContain('http://fees.cdn/modules/fee-directory/2.0.0/assets/importForm-2.js');
    // A build from before `lazy` was recorded: every page chunk, as before.
    const older = preloadHints(release, '/fees', (module) => builds[module.name], {
      of: (module) => {
        const { lazy: _lazy, ...rest } = ofModule[module.name]!;
        return rest;
      },
      files: (_module, specifiers) => libraryFiles(page, specifiers).map((path) => `/${path}`),
    }).map((h) => h.href);
    expect(older).toContain('http://fees.cdn/modules/fee-directory/2.0.0/assets/importForm-2.js');
  });

  it('hints no library for a module version built before page libraries', () => {
    const before = preloadHints(release, '/fees', (module) => manifests[module.name], {
      of: () => undefined,
      files: (_module, specifiers) => libraryFiles(page, specifiers).map((path) => `/${path}`),
    });
    expect(before.some((hint) => hint.href.startsWith('/'))).toBe(false);
  });
});
