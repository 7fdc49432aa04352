import { createRequire } from 'node:module';
import { antdGroupModule } from './antdComponentImports.ts';
import { ANTD_GROUPS, antdGroupSpecifier, type AntdGroup } from './antdComponents.ts';
import { PAGE_RUNTIME, SHARED_SINGLETONS, packageOf, pinnedVersion } from './federation.ts';

const require = createRequire(import.meta.url);

// What the build writes (see pageLibrariesPlugin.ts): a contract its readers share.
export { PAGE_LIBRARIES_FILE, type PageLibrariesFile, type PageLibrary } from '@sw/contracts/page-libraries';

/** CommonJS packages: their named exports are listed when the build writes their ES module. */
export const COMMONJS_LIBRARIES = new Set(['react', 'react/jsx-runtime', 'react-dom', 'react-dom/client']);

/**
 * What the page provides once, through its import map, to every module on it: the suite's shared
 * singletons (module-kit's SHARED_SINGLETONS) with React's entry points, and antd in groups of
 * components (`sw-antd/base`…, antdComponents.ts), so a page downloads the parts of antd its modules
 * use. Modules import them by name and never bundle them (pageLibrariesPlugin.ts).
 */
export function pageLibrarySpecifiers(): string[] {
  const packages = SHARED_SINGLETONS.filter((name) => name !== 'antd');
  return [
    ...new Set([
      ...packages,
      'react/jsx-runtime',
      'react-dom/client',
      PAGE_RUNTIME,
      ...(Object.keys(ANTD_GROUPS) as AntdGroup[]).map(antdGroupSpecifier),
    ]),
  ];
}

/** The version a specifier's package is pinned at in module-kit. */
export function pageLibraryVersion(specifier: string): string {
  return pinnedVersion(packageOf(specifier));
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * The ES module a build emits for one library: all of its exports under their own names, so the
 * import map can stand in for the package. CommonJS packages get their export names from Node.
 */
export function pageLibraryModule(specifier: string): string {
  if (specifier.startsWith('sw-antd/')) return antdGroupModule(specifier.slice('sw-antd/'.length) as AntdGroup);
  const from = JSON.stringify(specifier);
  if (!COMMONJS_LIBRARIES.has(specifier)) {
    return `import * as library from ${from};\nexport * from ${from};\nexport default library.default;\n`;
  }
  const names = Object.keys(require(specifier) as object).filter((name) => IDENTIFIER.test(name) && name !== 'default');
  return `import library from ${from};\nexport default library;\nexport const { ${names.join(', ')} } = library;\n`;
}

/** What CommonJS code gets for `require(specifier)`: the page's copy, all of its exports. */
export function pageLibraryRequire(specifier: string): string {
  const from = JSON.stringify(specifier);
  return `export * from ${from};\nexport { default } from ${from};\n`;
}
