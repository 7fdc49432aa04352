import type { Plugin } from 'vite';
import {
  ANTD_LOCALES,
  antdGroups,
  antdGroupSpecifier,
  antdLocaleExport,
  antdLocaleModule,
  type AntdGroup,
} from './antdComponents.ts';

/** `import { Button, Table as AntTable, type TableProps } from 'antd';` (across lines too). */
const NAMED_IMPORT = /\bimport\s+(type\s+)?\{([^}]*)\}\s*from\s*(['"])antd\3;?/g;
/** `import enUS from 'antd/es/locale/en_US';` */
const LOCALE_IMPORT = /\bimport\s+([\w$]+)\s+from\s*(['"])antd\/es\/locale\/(\w+)\2;?/g;
/** Any other import of antd's root: default, namespace or side-effect only. */
const OTHER_IMPORT = /\bimport\s*(?:[\w$]+\s*,?\s*)?(?:\*\s*as\s+[\w$]+\s*)?(?:from\s*)?(['"])antd\1/;

/** Same number of lines as the statement replaced: the rest of the file keeps its place for the source map. */
const keepLines = (statement: string, replacement: string) =>
  replacement + '\n'.repeat(statement.split('\n').length - 1);

/**
 * Rewrites a module's imports of antd to the page's antd groups (antdComponents.ts):
 * `import { Button, Table } from 'antd'` → `import { Button } from 'sw-antd/base'` and
 * `import { Table } from 'sw-antd/data'`; a locale's default import → its named export of `base`.
 * Type-only imports stay as they are: the compiler drops them.
 */
export function rewriteAntdImports(code: string, groupOf: Map<string, AntdGroup>, file = 'this file'): string {
  const rewritten = code
    .replace(NAMED_IMPORT, (statement, typeOnly: string | undefined, list: string) => {
      if (typeOnly) return statement;
      const byGroup = new Map<AntdGroup, string[]>();
      const types: string[] = [];
      for (const raw of list.split(',')) {
        const specifier = raw.trim();
        if (!specifier) continue;
        if (/^type\s/.test(specifier)) {
          types.push(specifier.replace(/^type\s+/, ''));
          continue;
        }
        const imported = specifier.split(/\s+as\s+/)[0]!.trim();
        const group = groupOf.get(imported);
        if (!group) throw new Error(`${file}: antd exports no component "${imported}"`);
        byGroup.set(group, [...(byGroup.get(group) ?? []), specifier]);
      }
      const imports = [...byGroup].map(
        ([group, names]) => `import { ${names.join(', ')} } from '${antdGroupSpecifier(group)}';`,
      );
      if (types.length > 0) imports.push(`import type { ${types.join(', ')} } from 'antd';`);
      return keepLines(statement, imports.join(' '));
    })
    .replace(LOCALE_IMPORT, (statement, local: string, _quote: string, locale: string) => {
      if (!(ANTD_LOCALES as readonly string[]).includes(locale)) {
        throw new Error(`${file}: antd's ${locale} locale is not one the suite provides (${ANTD_LOCALES.join(', ')})`);
      }
      return keepLines(
        statement,
        `import { ${antdLocaleExport(locale)} as ${local} } from '${antdGroupSpecifier('base')}';`,
      );
    });
  if (OTHER_IMPORT.test(rewritten.replace(NAMED_IMPORT, ''))) {
    throw new Error(`${file}: import antd's components by name (import { Button } from 'antd'), not antd as a whole`);
  }
  return rewritten;
}

/** Which group each antd export is in. */
export function antdGroupIndex(): Map<string, AntdGroup> {
  const index = new Map<string, AntdGroup>();
  for (const [group, members] of antdGroups()) for (const name of members.keys()) index.set(name, group);
  return index;
}

/**
 * The page modules of the groups, for pageLibraries.ts: each re-exports its components by name
 * (only the components `only` names, for a release's libraries cut to what its modules use).
 */
export function antdGroupModule(group: AntdGroup, only?: readonly string[]): string {
  const exports = new Map<string, string>(antdGroups().get(group)!);
  if (group === 'base')
    for (const locale of ANTD_LOCALES) exports.set(antdLocaleExport(locale), antdLocaleModule(locale));
  for (const name of only ?? []) {
    if (!exports.has(name)) throw new Error(`${antdGroupSpecifier(group)} exports no ${name}`);
  }
  const names = only ?? [...exports.keys()];
  return `${names.map((name) => `export { default as ${name} } from '${exports.get(name)!}';`).join('\n')}\n`;
}

/**
 * The Vite plugin for builds: the module's own TypeScript, before anything else reads its imports.
 * A dev server keeps `antd` whole (bundled into the module).
 */
export function antdComponentImports(): Plugin {
  const groupOf = antdGroupIndex();
  return {
    name: 'sw:antd-component-imports',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      // The module's own files only: not libraries, not the federation plugin's virtual modules.
      if (!id.startsWith('/') || id.includes('/node_modules/') || !/\.[cm]?[jt]sx?$/.test(id.split('?')[0]!)) return;
      if (!code.includes('antd')) return;
      const rewritten = rewriteAntdImports(code, groupOf, id);
      return rewritten === code ? undefined : { code: rewritten, map: null };
    },
  };
}
