import { describe, expect, it } from 'vitest';
import type { PageLibrariesFile } from './pageLibraries.ts';
import { checkModulePageLibraries } from './pageLibraryVersions.ts';
import { platformPageLibraries, type PlatformSingleton } from './sharedDependencies.ts';

const PLATFORM: PlatformSingleton[] = [
  { name: 'react', version: '19.3.1', requiredVersion: '^19.3.1' },
  { name: 'react-dom', version: '19.3.1', requiredVersion: '^19.3.1' },
  { name: 'antd', version: '6.6.8', requiredVersion: '^6.6.8' },
];

/** A page-libraries.json whose one chunk imports each given library, built at the given version. */
const builtAgainst = (versions: Record<string, string>): PageLibrariesFile => ({
  libraries: Object.fromEntries(
    Object.entries(versions).map(([specifier, version]) => [specifier, { version, file: 'x.js', files: ['x.js'] }]),
  ),
  imports: { 'assets/lifecycles-1.js': Object.keys(versions) },
});

const check = (file: PageLibrariesFile, platform = PLATFORM) =>
  checkModulePageLibraries({ label: 'fee-directory 0.2.0', module: 'fee-directory', file }, platform);
const messagesOf = (file: PageLibrariesFile, platform = PLATFORM) => check(file, platform).map((i) => i.message);

const SUITE_VERSIONS = {
  react: '19.3.1',
  'react/jsx-runtime': '19.3.1',
  'react-dom/client': '19.3.1',
  'sw-antd/base': '6.6.8',
  'sw-antd/data': '6.6.8',
};

describe("a module's page libraries against the suite's", () => {
  it('accepts the versions the suite pins, sub-paths and antd groups included', () => {
    expect(check(builtAgainst(SUITE_VERSIONS))).toEqual([]);
  });

  it('accepts an older version within the range: the page gives it a compatible newer copy', () => {
    const platform: PlatformSingleton[] = [{ name: 'react', version: '19.4.0', requiredVersion: '^19.3.1' }];
    expect(check(builtAgainst({ react: '19.3.1', 'react/jsx-runtime': '19.3.1' }), platform)).toEqual([]);
  });

  it('refuses a version newer than the one the page gives, naming the module, the specifier and both versions', () => {
    expect(check(builtAgainst({ ...SUITE_VERSIONS, 'sw-antd/data': '6.7.0' }))).toEqual([
      {
        severity: 'error',
        rule: 'shared',
        module: 'fee-directory',
        dependency: 'antd',
        message:
          'fee-directory 0.2.0 was built against sw-antd/data 6.7.0, newer than the antd 6.6.8 the page gives every module: it may use what 6.6.8 lacks',
      },
    ]);
  });

  it("refuses a version outside the suite's range", () => {
    expect(messagesOf(builtAgainst({ react: '18.3.1' }))).toEqual([
      "fee-directory 0.2.0 was built against react 18.3.1, outside the suite's react ^19.3.1: the page gives every module react 19.3.1",
    ]);
  });

  it('reports each package once, however many of its specifiers the module imports', () => {
    const issues = check(
      builtAgainst({ react: '18.3.1', 'react/jsx-runtime': '18.3.1', 'react-dom/client': '18.3.1' }),
    );
    expect(issues.map((i) => [i.dependency, i.severity])).toEqual([
      ['react', 'error'],
      ['react-dom', 'error'],
    ]);
  });

  it('refuses a library the suite does not provide', () => {
    expect(check(builtAgainst({ ...SUITE_VERSIONS, lodash: '4.17.21' }))).toEqual([
      expect.objectContaining({
        severity: 'error',
        dependency: 'lodash',
        message: "fee-directory 0.2.0 imports lodash from the page, but the suite's page does not provide lodash",
      }),
    ]);
  });

  it('refuses an unreadable version, and an imported library without a version', () => {
    const file = builtAgainst({ react: 'latest' });
    file.imports['assets/lifecycles-1.js']!.push('sw-antd/form');
    expect(messagesOf(file)).toEqual([
      'fee-directory 0.2.0 was built against react with an unreadable version "latest"',
      'fee-directory 0.2.0 imports sw-antd/form from the page, but its page-libraries.json gives no version for it',
    ]);
  });

  it("checks the federation runtime, which the page also provides, against module-kit's pin", () => {
    const platform = platformPageLibraries();
    const runtime = platform.find((library) => library.name === '@module-federation/runtime')!;
    expect(check(builtAgainst({ '@module-federation/runtime': runtime.version }), platform)).toEqual([]);
    expect(messagesOf(builtAgainst({ '@module-federation/runtime': '3.0.0' }), platform)).toEqual([
      `fee-directory 0.2.0 was built against @module-federation/runtime 3.0.0, outside the suite's @module-federation/runtime ${runtime.requiredVersion}: the page gives every module @module-federation/runtime ${runtime.version}`,
    ]);
    expect(messagesOf(builtAgainst({ '@module-federation/runtime': '2.9.2' }))[0]).toMatch(
      /the suite's page does not provide @module-federation\/runtime/,
    );
  });

  it("knows every page library a module-kit build imports, at module-kit's pins", () => {
    const platform = platformPageLibraries();
    const pinned = (name: string) => platform.find((s) => s.name === name)!.version;
    const everyLibrary = builtAgainst({
      react: pinned('react'),
      'react/jsx-runtime': pinned('react'),
      'react-dom': pinned('react-dom'),
      'react-dom/client': pinned('react-dom'),
      '@ant-design/cssinjs': pinned('@ant-design/cssinjs'),
      i18next: pinned('i18next'),
      'react-i18next': pinned('react-i18next'),
      '@tanstack/react-query': pinned('@tanstack/react-query'),
      '@module-federation/runtime': pinned('@module-federation/runtime'),
      ...Object.fromEntries(
        ['base', 'data', 'form', 'overlay', 'pickers', 'more'].map((group) => [`sw-antd/${group}`, pinned('antd')]),
      ),
    });
    expect(check(everyLibrary, platform)).toEqual([]);
  });
});
