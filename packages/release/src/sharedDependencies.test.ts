import { describe, expect, it } from 'vitest';
import {
  checkModuleShares,
  checkSharesAcrossModules,
  packageOf,
  platformSingletons,
  type ModuleShares,
  type PlatformSingleton,
  type SharedDeclaration,
} from './sharedDependencies.ts';

const PLATFORM: PlatformSingleton[] = [
  { name: 'react', version: '19.3.1', requiredVersion: '^19.3.1' },
  { name: '@tanstack/react-query', version: '5.108.4', requiredVersion: '^5.108.4' },
];

const good = (name: string, version: string): SharedDeclaration => ({
  name,
  version,
  singleton: true,
  requiredVersion: `^${version}`,
});

const moduleWith = (shared: SharedDeclaration[], module = 'fee-directory'): ModuleShares => ({
  label: `${module} 0.2.0`,
  module,
  shared,
});

const errorsOf = (shares: ModuleShares) =>
  checkModuleShares(shares, PLATFORM)
    .filter((i) => i.severity === 'error')
    .map((i) => i.message);

describe("a module against the suite's singletons", () => {
  it('accepts the versions module-kit pins, sub-paths included', () => {
    const shares = moduleWith([
      good('react', '19.3.1'),
      good('react/jsx-runtime', '19.3.1'),
      good('@tanstack/react-query', '5.108.4'),
    ]);
    expect(checkModuleShares(shares, PLATFORM)).toEqual([]);
  });

  it('accepts a newer minor within the range (it can serve the others)', () => {
    const newer = moduleWith([
      { ...good('react', '19.4.0'), requiredVersion: '^19.3.1' },
      { ...good('@tanstack/react-query', '5.110.0'), requiredVersion: '^5.108.4' },
    ]);
    expect(errorsOf(newer)).toEqual([]);
  });

  it('refuses another major, naming the module and the dependency', () => {
    const issues = checkModuleShares(
      moduleWith([good('react', '18.3.1'), good('@tanstack/react-query', '5.108.4')]),
      PLATFORM,
    );
    expect(issues).toEqual([
      {
        severity: 'error',
        rule: 'shared',
        module: 'fee-directory',
        dependency: 'react',
        message:
          "fee-directory 0.2.0 provides react 18.3.1, incompatible with the suite's singleton react ^19.3.1: whichever module loads first provides it to all the others",
      },
    ]);
  });

  it('refuses an older patch below the range', () => {
    expect(errorsOf(moduleWith([good('react', '19.3.0'), good('@tanstack/react-query', '5.108.4')]))).toEqual([
      expect.stringContaining('provides react 19.3.0'),
    ]);
  });

  it('refuses a module that requires more than the suite provides', () => {
    const shares = moduleWith([
      { ...good('react', '19.3.1'), requiredVersion: '^19.5.0' },
      good('@tanstack/react-query', '5.108.4'),
    ]);
    expect(errorsOf(shares)).toEqual([
      'fee-directory 0.2.0 requires react ^19.5.0, but the suite provides react 19.3.1',
    ]);
  });

  it('refuses a singleton shared without singleton: true', () => {
    const shares = moduleWith([
      { ...good('react', '19.3.1'), singleton: false },
      good('@tanstack/react-query', '5.108.4'),
    ]);
    expect(errorsOf(shares)).toEqual([
      'fee-directory 0.2.0 shares react without singleton: true; the page would run two copies of react',
    ]);
  });

  it('judges a sub-path by its package and reports each package once', () => {
    const shares = moduleWith([
      good('react', '18.3.1'),
      good('react/jsx-runtime', '18.3.1'),
      good('@tanstack/react-query', '5.108.4'),
    ]);
    expect(errorsOf(shares)).toHaveLength(1);
  });

  it('refuses unreadable versions and ranges', () => {
    expect(
      errorsOf(
        moduleWith([good('react', 'latest'), { ...good('@tanstack/react-query', '5.108.4'), requiredVersion: 'soon' }]),
      ),
    ).toEqual([
      'fee-directory 0.2.0 shares react with an unreadable version "latest"',
      'fee-directory 0.2.0 requires @tanstack/react-query "soon", which is not a range',
    ]);
  });

  it('only warns about a singleton the module does not share', () => {
    const issues = checkModuleShares(moduleWith([good('react', '19.3.1')]), PLATFORM);
    expect(issues).toEqual([expect.objectContaining({ severity: 'warning', dependency: '@tanstack/react-query' })]);
  });

  it('ignores libraries that are not suite singletons', () => {
    const shares = moduleWith([
      good('react', '19.3.1'),
      good('@tanstack/react-query', '5.108.4'),
      { name: 'dayjs', version: '0.0.1' },
    ]);
    expect(checkModuleShares(shares, PLATFORM)).toEqual([]);
  });
});

describe('modules against each other (loaded-first)', () => {
  it('refuses a pair where one provides what the other cannot use', () => {
    // Both within the suite's range, but the hotline insists on ^19.4.0 and the fee directory may load first.
    const platform: PlatformSingleton[] = [{ name: 'react', version: '19.4.0', requiredVersion: '^19.3.1' }];
    const fees = { label: 'fee-directory 0.2.0', module: 'fee-directory', shared: [good('react', '19.3.1')] };
    const hotline = { label: 'hotline 1.0.0', module: 'hotline', shared: [good('react', '19.4.0')] };
    const reported = [...checkModuleShares(fees, platform), ...checkModuleShares(hotline, platform)];
    expect(reported).toEqual([]);
    expect(checkSharesAcrossModules([fees, hotline], platform, reported).map((i) => i.message)).toEqual([
      'hotline 1.0.0 requires react ^19.4.0, but fee-directory 0.2.0 provides 19.3.1 and may load first',
    ]);
  });

  it('does not repeat what the per-module check already reported', () => {
    const fees = moduleWith([good('react', '18.3.1')]);
    const hotline = moduleWith([good('react', '19.3.1')], 'hotline');
    const reported = [...checkModuleShares(fees, PLATFORM), ...checkModuleShares(hotline, PLATFORM)];
    expect(checkSharesAcrossModules([fees, hotline], PLATFORM, reported)).toEqual([]);
  });
});

describe('the suite singletons', () => {
  it("come from module-kit's declaration, with a caret range on the pinned version", () => {
    const react = platformSingletons().find((s) => s.name === 'react');
    expect(react).toEqual({
      name: 'react',
      version: expect.stringMatching(/^19\./),
      requiredVersion: `^${react?.version}`,
    });
    expect(platformSingletons().map((s) => s.name)).toEqual(
      expect.arrayContaining(['react', 'react-dom', 'antd', 'i18next', 'react-i18next', '@tanstack/react-query']),
    );
  });

  it('maps sub-path specifiers and antd groups to their package', () => {
    expect(packageOf('react-dom/client')).toBe('react-dom');
    expect(packageOf('@ant-design/icons/lib/x')).toBe('@ant-design/icons');
    expect(packageOf('antd')).toBe('antd');
    expect(packageOf('sw-antd/pickers')).toBe('antd');
  });
});
