import semver from 'semver';
import type { ReleaseIssue } from '@sw/contracts';
import { SHARED_SINGLETONS, packageOf, pageRuntime, sharedSingletons } from '@sw/module-kit/federation';

/** A library the suite shares as a singleton, at the version every module must be able to use. */
export interface PlatformSingleton {
  name: string;
  /** The version module-kit pins (what a module built with the kit provides). */
  version: string;
  /** The range every provided copy must satisfy. */
  requiredVersion: string;
}

/** What one module version declares in its mf-manifest.json `shared` list. */
export interface SharedDeclaration {
  name: string;
  version: string;
  singleton?: boolean | undefined;
  requiredVersion?: string | false | undefined;
}

export interface ModuleShares {
  /** e.g. `fee-directory 0.2.0` (or `fee-directory 0.3.0 (canary)`), for messages. */
  label: string;
  module: string;
  shared: SharedDeclaration[];
}

/** The suite's singletons, read from the one place they are declared (module-kit's federation helper). */
export function platformSingletons(): PlatformSingleton[] {
  const config = sharedSingletons();
  return SHARED_SINGLETONS.map((name) => ({
    name,
    version: config[name].version,
    requiredVersion: config[name].requiredVersion,
  }));
}

/** The federation runtime the page gives every module built with page libraries, at module-kit's pin. */
export function platformPageRuntime(): PlatformSingleton {
  const { name, version, requiredVersion } = pageRuntime();
  return { name, version, requiredVersion };
}

/** What the page gives every module built with page libraries: the singletons and the federation runtime. */
export function platformPageLibraries(): PlatformSingleton[] {
  return [...platformSingletons(), platformPageRuntime()];
}

/** Which package a shared or page-library specifier belongs to (module-kit's one definition). */
export { packageOf };

export const satisfies = (version: string, range: string) =>
  semver.satisfies(version, range, { includePrerelease: true });

/**
 * One module against the suite's singletons. Errors: a singleton shared without `singleton: true`
 * (two copies on one page), a provided version outside the suite's range (whichever module loads
 * first provides it to all: `loaded-first`), a required range the suite's version does not meet,
 * an unreadable version. Warning: a singleton not shared at all (the module bundles its own copy
 * if it uses it).
 */
export function checkModuleShares(module: ModuleShares, platform: PlatformSingleton[]): ReleaseIssue[] {
  const issues: ReleaseIssue[] = [];
  const seen = new Set<string>();
  const error = (dependency: string, message: string) => {
    if (seen.has(dependency)) return; // one problem per dependency is enough to act on
    seen.add(dependency);
    issues.push({ severity: 'error', rule: 'shared', module: module.module, dependency, message });
  };
  for (const singleton of platform) {
    const declarations = module.shared.filter((s) => packageOf(s.name) === singleton.name);
    if (declarations.length === 0) {
      issues.push({
        severity: 'warning',
        rule: 'shared',
        module: module.module,
        dependency: singleton.name,
        message: `${module.label} does not share ${singleton.name}: if it uses ${singleton.name} it bundles a second copy`,
      });
      continue;
    }
    for (const declaration of declarations) {
      const what = declaration.name;
      if (!semver.valid(declaration.version)) {
        error(singleton.name, `${module.label} shares ${what} with an unreadable version "${declaration.version}"`);
      } else if (declaration.singleton !== true) {
        error(
          singleton.name,
          `${module.label} shares ${what} without singleton: true; the page would run two copies of ${singleton.name}`,
        );
      } else if (!satisfies(declaration.version, singleton.requiredVersion)) {
        error(
          singleton.name,
          `${module.label} provides ${what} ${declaration.version}, incompatible with the suite's singleton ${singleton.name} ${singleton.requiredVersion}: whichever module loads first provides it to all the others`,
        );
      } else if (typeof declaration.requiredVersion === 'string' && !semver.validRange(declaration.requiredVersion)) {
        error(
          singleton.name,
          `${module.label} requires ${what} "${declaration.requiredVersion}", which is not a range`,
        );
      } else if (
        typeof declaration.requiredVersion === 'string' &&
        !satisfies(singleton.version, declaration.requiredVersion)
      ) {
        error(
          singleton.name,
          `${module.label} requires ${what} ${declaration.requiredVersion}, but the suite provides ${singleton.name} ${singleton.version}`,
        );
      }
    }
  }
  return issues;
}

/**
 * Modules against each other: with `loaded-first`, any module's copy may serve every other module,
 * so each provided version must satisfy every other module's required range. Pairs already
 * reported by `checkModuleShares` are left out.
 */
export function checkSharesAcrossModules(
  modules: ModuleShares[],
  platform: PlatformSingleton[],
  reported: ReleaseIssue[] = [],
): ReleaseIssue[] {
  const already = new Set(reported.filter((i) => i.rule === 'shared').map((i) => `${i.module}|${i.dependency}`));
  const issues: ReleaseIssue[] = [];
  for (const singleton of platform) {
    for (const consumer of modules) {
      if (already.has(`${consumer.module}|${singleton.name}`)) continue;
      for (const required of consumer.shared.filter((s) => packageOf(s.name) === singleton.name)) {
        if (typeof required.requiredVersion !== 'string' || !semver.validRange(required.requiredVersion)) continue;
        const range = required.requiredVersion;
        const clash = modules.find(
          (provider) =>
            provider.module !== consumer.module &&
            !already.has(`${provider.module}|${singleton.name}`) &&
            provider.shared.some(
              (s) => s.name === required.name && semver.valid(s.version) !== null && !satisfies(s.version, range),
            ),
        );
        if (!clash) continue;
        const provided = clash.shared.find((s) => s.name === required.name)!.version;
        issues.push({
          severity: 'error',
          rule: 'shared',
          module: consumer.module,
          dependency: singleton.name,
          message: `${consumer.label} requires ${required.name} ${range}, but ${clash.label} provides ${provided} and may load first`,
        });
        already.add(`${consumer.module}|${singleton.name}`);
        break;
      }
    }
  }
  return issues;
}
