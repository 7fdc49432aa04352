import kitPackage from '../package.json' with { type: 'json' };

/**
 * The libraries every module shares as singletons, declared once so versions cannot drift between
 * modules: each is downloaded once per page, whichever module loads first provides it.
 * Versions come from module-kit's own dependencies, which every module uses.
 */
export const SHARED_SINGLETONS = [
  'react',
  'react-dom',
  'antd',
  // antd's style engine: one instance, so a module's StyleProvider reaches antd's components (Shadow DOM).
  '@ant-design/cssinjs',
  // Not @ant-design/icons: shared, the whole set (~195 KB gzip) came with the first module; bundled,
  // each module carries only the icons it uses. ModuleRoot provides their context (prefix, nonce).
  'i18next',
  'react-i18next',
  '@tanstack/react-query',
] as const;

type KitDependency = keyof typeof kitPackage.dependencies;

export interface SharedSingletonConfig {
  singleton: true;
  requiredVersion: string;
  version: string;
}

/** The version module-kit pins a package at (what every module is built with), without its range sign. */
export function pinnedVersion(name: string): string {
  const version = kitPackage.dependencies[name as KitDependency];
  if (!version) throw new Error(`@sw/module-kit does not depend on ${name}, so it cannot share it`);
  return version.replace(/^[~^]/, '');
}

/** `react/jsx-runtime` → `react`; `@tanstack/react-query/x` → `@tanstack/react-query`; antd's group `sw-antd/data` → `antd`. */
export function packageOf(specifier: string): string {
  if (specifier.startsWith('sw-antd/')) return 'antd';
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** A singleton at module-kit's pin: exactly that version, compatible within its major. */
function singletonAtPin(name: string): SharedSingletonConfig {
  const version = pinnedVersion(name);
  return { singleton: true, requiredVersion: `^${version}`, version };
}

export function sharedSingletons(): Record<(typeof SHARED_SINGLETONS)[number], SharedSingletonConfig> {
  const entries = SHARED_SINGLETONS.map((name) => [name, singletonAtPin(name)] as const);
  return Object.fromEntries(entries) as Record<(typeof SHARED_SINGLETONS)[number], SharedSingletonConfig>;
}

/**
 * What the page provides every module besides the singletons: the federation runtime, one copy for
 * the shell and all modules (module-kit's pageLibraries). Modules import it by name, so its version is
 * checked like theirs.
 */
export const PAGE_RUNTIME = '@module-federation/runtime';

export function pageRuntime(): SharedSingletonConfig & { name: typeof PAGE_RUNTIME } {
  return { name: PAGE_RUNTIME, ...singletonAtPin(PAGE_RUNTIME) };
}
