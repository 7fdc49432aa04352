import semver from 'semver';
import type { ReleaseIssue } from '@sw/contracts';
import type { PageLibrariesFile } from './pageLibraries.ts';
import { packageOf, satisfies, type PlatformSingleton } from './sharedDependencies.ts';

/** What one module version's `page-libraries.json` says about the page libraries it imports. */
export interface ModulePageLibraries {
  /** e.g. `fee-directory 0.2.0` (or `fee-directory 0.3.0 (canary)`), for messages. */
  label: string;
  module: string;
  file: PageLibrariesFile;
}

/** Every specifier the build imports from the page, with the version it was built against (if it says). */
function importedLibraries(file: PageLibrariesFile): Array<{ specifier: string; version: string | undefined }> {
  const specifiers = new Set([...Object.keys(file.libraries), ...Object.values(file.imports).flat()]);
  return [...specifiers].map((specifier) => ({ specifier, version: file.libraries[specifier]?.version }));
}

/** What is wrong with the version of one page library a module was built against, if anything. */
function problemOf(
  label: string,
  specifier: string,
  version: string | undefined,
  suite: PlatformSingleton | undefined,
): string | undefined {
  const name = packageOf(specifier);
  if (!suite) {
    return `${label} imports ${specifier} from the page, but the suite's page does not provide ${name}`;
  }
  if (version === undefined) {
    return `${label} imports ${specifier} from the page, but its page-libraries.json gives no version for it`;
  }
  if (!semver.valid(version)) return `${label} was built against ${specifier} with an unreadable version "${version}"`;
  if (!satisfies(version, suite.requiredVersion)) {
    return `${label} was built against ${specifier} ${version}, outside the suite's ${name} ${suite.requiredVersion}: the page gives every module ${name} ${suite.version}`;
  }
  if (semver.gt(version, suite.version)) {
    return `${label} was built against ${specifier} ${version}, newer than the ${name} ${suite.version} the page gives every module: it may use what ${suite.version} lacks`;
  }
  return undefined;
}

/**
 * One module's page libraries against the suite's. The page gives every module the same copy of each
 * (the shell's, at module-kit's pins), whatever the module was built against. Errors: a version
 * outside the suite's range or newer than the suite's (the module may use what the page's copy
 * lacks), a library the suite does not provide, an unreadable or missing version. An older version
 * within the range is fine: the page's copy is compatible with it.
 */
export function checkModulePageLibraries(module: ModulePageLibraries, platform: PlatformSingleton[]): ReleaseIssue[] {
  const issues: ReleaseIssue[] = [];
  const reported = new Set<string>();
  for (const { specifier, version } of importedLibraries(module.file)) {
    const dependency = packageOf(specifier);
    // One problem per package is enough to act on (react and react/jsx-runtime, antd's groups).
    if (reported.has(dependency)) continue;
    const suite = platform.find((s) => s.name === dependency);
    const message = problemOf(module.label, specifier, version, suite);
    if (!message) continue;
    reported.add(dependency);
    issues.push({ severity: 'error', rule: 'shared', module: module.module, dependency, message });
  }
  return issues;
}
