import type { Rolldown } from 'vite';

/** Everything a library exports: a namespace import, a re-export of all, a dynamic or bare import. */
export const ALL_EXPORTS = '*';

/** Specifier → the names a build's code imports from it, sorted (`[ALL_EXPORTS]` when it needs all of them). */
export type LibraryUses = Record<string, string[]>;

type Program = ReturnType<Rolldown.PluginContext['parse']>;
type Name = { type: 'Identifier'; name: string } | { type: 'Literal'; value: unknown };

const nameOf = (node: Name) => (node.type === 'Identifier' ? node.name : String(node.value));

/**
 * Adds what one output chunk (parsed) imports from the libraries in `specifiers` to `uses`: the
 * names of its static imports and re-exports; all of a library for a namespace import, `export *`,
 * an import for its side effects, or a dynamic import (`dynamicImports`, the chunk's list).
 */
export function addLibraryUses(
  uses: Map<string, Set<string>>,
  program: Program,
  dynamicImports: readonly string[],
  specifiers: ReadonlySet<string>,
): void {
  const add = (specifier: unknown, name: string) => {
    if (typeof specifier !== 'string' || !specifiers.has(specifier)) return;
    if (!uses.has(specifier)) uses.set(specifier, new Set());
    uses.get(specifier)!.add(name);
  };
  for (const statement of program.body) {
    if (statement.type === 'ImportDeclaration') {
      if (statement.specifiers.length === 0) add(statement.source.value, ALL_EXPORTS);
      for (const specifier of statement.specifiers) {
        if (specifier.type === 'ImportSpecifier') add(statement.source.value, nameOf(specifier.imported as Name));
        else if (specifier.type === 'ImportDefaultSpecifier') add(statement.source.value, 'default');
        else add(statement.source.value, ALL_EXPORTS);
      }
    } else if (statement.type === 'ExportNamedDeclaration' && statement.source) {
      for (const specifier of statement.specifiers) add(statement.source.value, nameOf(specifier.local as Name));
    } else if (statement.type === 'ExportAllDeclaration') {
      add(statement.source.value, ALL_EXPORTS);
    }
  }
  for (const specifier of dynamicImports) add(specifier, ALL_EXPORTS);
}

/** The collected uses as written to a file: sorted, and only `[ALL_EXPORTS]` where all of a library is needed. */
export function libraryUsesRecord(uses: Map<string, Set<string>>): LibraryUses {
  const record: LibraryUses = {};
  for (const specifier of [...uses.keys()].sort()) {
    const names = uses.get(specifier)!;
    record[specifier] = names.has(ALL_EXPORTS) ? [ALL_EXPORTS] : [...names].sort();
  }
  return record;
}
