import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import { antdGroupModule } from './antdComponentImports.ts';
import type { AntdGroup } from './antdComponents.ts';
import { EVERY_PAGE, groupByScopes } from './scopeGroups.ts';
import { ALL_EXPORTS, libraryUsesRecord, type LibraryUses } from './libraryUses.ts';
import { PAGE_RUNTIME } from './federation.ts';
import { chunkName, reachable, staticClosure } from './pageLibrariesPlugin.ts';
import { COMMONJS_LIBRARIES, pageLibraryModule, pageLibrarySpecifiers, pageLibraryVersion } from './pageLibraries.ts';

type ModuleInfo = NonNullable<ReturnType<Rolldown.PluginContext['getModuleInfo']>>;

export interface ScopedLibrary {
  /** The file the import map points the specifier at, from the build's folder. */
  file: string;
  /** `file` and every file it imports, for preloading. */
  files: string[];
}

/** What a scoped build writes to SCOPED_LIBRARIES_FILE. */
export interface ScopedLibrariesFile {
  /** Scope (a module version, named by the caller) → specifier → that scope's copy of it. */
  scopes: Record<string, Record<string, ScopedLibrary>>;
}

export { ALL_EXPORTS, type LibraryUses };

export const SCOPED_LIBRARIES_FILE = 'scoped-libraries.json';

/** Bumped when the same inputs would build different files: part of every build's key. */
const BUILD_FORMAT = 2;

const ENTRY_PREFIX = '\0sw-scoped-library:';

/** The federation runtime stays the shell's: it is the instance the shell started the page with. */
const scopedSpecifiers = () => new Set(pageLibrarySpecifiers().filter((specifier) => specifier !== PAGE_RUNTIME));

/** A library's code is cut to some names only if it is ES code and no scope needs all of it. */
const isWhole = (specifier: string, names: string[]) =>
  names.includes(ALL_EXPORTS) || COMMONJS_LIBRARIES.has(specifier);

/**
 * The module an entry of the build is: the library with only the names `names` (the library whole
 * when it cannot be cut: CommonJS, or some code wants all of it).
 */
function entryModule(specifier: string, names: string[]): string {
  if (isWhole(specifier, names)) return pageLibraryModule(specifier);
  if (specifier.startsWith('sw-antd/')) return antdGroupModule(specifier.slice('sw-antd/'.length) as AntdGroup, names);
  const from = JSON.stringify(specifier);
  return `export { ${names.join(', ')} } from ${from};\n`;
}

/** One entry per distinct (library, names): scopes that use a library alike share its file. */
const entryId = (specifier: string, names: string[]) =>
  `${ENTRY_PREFIX}${specifier}|${isWhole(specifier, names) ? ALL_EXPORTS : [...new Set(names)].sort().join(',')}`;

const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 6);

/** `sw-antd/data` + names → `lib-sw-antd-data-3f2a1c`: the file's name says what it holds. */
const entryName = (id: string) => `${chunkName(id.slice(ENTRY_PREFIX.length).split('|')[0]!)}-${digest(id)}`;

export interface ScopedBuildOptions {
  /** Scope → what that scope's code imports from the page's libraries. */
  uses: Record<string, LibraryUses>;
  /** Scopes whose code runs on every page (the frame): what they reach goes in one file. */
  everyPage: string[];
  /** Where the files go (emptied first). */
  outDir: string;
}

/**
 * What each scope's copy of a library holds. antd's groups are cut to each scope's own imports: they
 * are most of the bytes, and the landing page should not carry the components only module pages
 * show. Every other library is cut to what all scopes import together, so the frame and the page's
 * module share one file of it rather than a request each for a few KB of difference.
 */
function cutPerScope(uses: Record<string, LibraryUses>): Record<string, LibraryUses> {
  const together = new Map<string, Set<string>>();
  for (const scopeUses of Object.values(uses)) {
    for (const [specifier, names] of Object.entries(scopeUses)) {
      if (specifier.startsWith('sw-antd/')) continue;
      const all = together.get(specifier) ?? new Set<string>();
      names.forEach((name) => all.add(name));
      together.set(specifier, all);
    }
  }
  const all = libraryUsesRecord(together);
  return Object.fromEntries(
    Object.entries(uses).map(([scope, scopeUses]) => [
      scope,
      Object.fromEntries(Object.entries(scopeUses).map(([specifier, names]) => [specifier, all[specifier] ?? names])),
    ]),
  );
}

/**
 * A file of the build under this (its modules' code before minifying and compression) is not worth
 * its request: its code joins the file of the fewest more pages (scopeGroups.ts). Chosen with
 * `pnpm bench`: at 24 KB a module page loaded one to two files more for no fewer bytes.
 */
const MIN_FILE_BYTES = 48_000;

const sortedRecord = <T>(record: Record<string, T>) =>
  Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((key) => [key, record[key]!]),
  );

/**
 * The build's identity: same key, same files (the inputs, the libraries' versions, this builder's
 * format), so a build is made once and kept under its key.
 */
export function scopedBuildKey({ uses, everyPage }: Pick<ScopedBuildOptions, 'uses' | 'everyPage'>): string {
  const versions = Object.fromEntries(
    pageLibrarySpecifiers().map((specifier) => [specifier, pageLibraryVersion(specifier)]),
  );
  const scopes = Object.fromEntries(
    Object.keys(uses)
      .sort()
      .map((scope) => [scope, sortedRecord(uses[scope]!)]),
  );
  const identity = JSON.stringify({ BUILD_FORMAT, MIN_FILE_BYTES, versions, scopes, everyPage: [...everyPage].sort() });
  return createHash('sha256').update(identity).digest('hex').slice(0, 16);
}

/**
 * Builds the page's libraries cut to what each scope imports, in one build: a page whose scopes
 * (the frame and a route's module) import a library get one instance of it, shared through the
 * build's common chunks, and each page downloads only the code its modules use, as a monolith of the
 * same modules would. Libraries a scope does not list are not in its map (the page's whole copy
 * stands in for them).
 */
export async function buildScopedPageLibraries({
  uses: given,
  everyPage,
  outDir,
}: ScopedBuildOptions): Promise<ScopedLibrariesFile> {
  const uses = cutPerScope(given);
  const specifiers = scopedSpecifiers();
  const entries = new Map<string, { specifier: string; names: string[] }>();
  for (const scopeUses of Object.values(uses)) {
    for (const [specifier, names] of Object.entries(scopeUses)) {
      if (specifiers.has(specifier) && names.length > 0) entries.set(entryId(specifier, names), { specifier, names });
    }
  }
  const kitFile = fileURLToPath(import.meta.url);
  /** Module id → the group of the file it goes in (scopeGroups.ts). */
  let groupOf = new Map<string, string>();
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    // Resolved from module-kit, built elsewhere.
    root: dirname(kitFile),
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    plugins: [
      {
        name: 'sw:scoped-page-libraries',
        resolveId(source, importer) {
          if (source.startsWith(ENTRY_PREFIX)) return source;
          // The entries' imports are the real packages, resolved from module-kit (which depends on all of them).
          if (importer?.startsWith(ENTRY_PREFIX)) return this.resolve(source, kitFile, { skipSelf: true });
          return null;
        },
        buildEnd() {
          // Each module's info fetched once for all scopes: the bundler's module info is costly to fetch.
          const infos = new Map<string, ModuleInfo | null>();
          const infoOf = (id: string) => {
            if (!infos.has(id)) infos.set(id, this.getModuleInfo(id));
            return infos.get(id)!;
          };
          const modules = new Map<string, { scopes: Set<string>; bytes: number }>();
          for (const [scope, scopeUses] of Object.entries(uses)) {
            const roots = Object.entries(scopeUses).map(([specifier, names]) => entryId(specifier, names));
            for (const id of reachable(roots, infoOf, true)) {
              const info = infoOf(id);
              if (!info || entries.has(id)) continue;
              if (!modules.has(id)) modules.set(id, { scopes: new Set(), bytes: info.code?.length ?? 0 });
              modules.get(id)!.scopes.add(scope);
            }
          }
          groupOf = groupByScopes(modules, new Set(everyPage), MIN_FILE_BYTES);
        },
        load(id) {
          const entry = entries.get(id);
          return entry ? entryModule(entry.specifier, entry.names) : null;
        },
      },
    ],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      copyPublicDir: false,
      // Like the shell's build: an error in a library can be read in production.
      sourcemap: true,
      // The file every page loads (React, antd's base components) is one file on purpose.
      chunkSizeWarningLimit: 1000,
      rolldownOptions: {
        input: Object.fromEntries([...entries.keys()].map((id) => [entryName(id), id])),
        preserveEntrySignatures: 'allow-extension',
        onLog(level, log, handler) {
          if (log.code !== 'MODULE_LEVEL_DIRECTIVE') handler(level, log);
        },
        output: {
          codeSplitting: {
            groups: [
              {
                // A group takes only its own modules: its dependencies may be in a file more pages load.
                includeDependenciesRecursively: false,
                debugName: 'scopes',
                name: (id) => {
                  const group = groupOf.get(id);
                  return group && `libs-${group === EVERY_PAGE ? 'core' : digest(group)}`;
                },
              },
            ],
          },
          // Under assets/ with a hash, like every build's immutable files (cached for a year).
          entryFileNames: 'assets/[name]-[hash].js',
          chunkFileNames: 'assets/[name]-[hash].js',
        },
      },
    },
  });
  const bundle = (Array.isArray(output) ? output[0]! : (output as Rolldown.RolldownOutput)).output;
  const chunks = new Map<string, Rolldown.OutputChunk>();
  const fileOfEntry = new Map<string, string>();
  for (const item of bundle) {
    if (item.type !== 'chunk') continue;
    chunks.set(item.fileName, item);
    if (item.isEntry && item.facadeModuleId) fileOfEntry.set(item.facadeModuleId, item.fileName);
  }
  const scopes: ScopedLibrariesFile['scopes'] = {};
  for (const [scope, scopeUses] of Object.entries(uses)) {
    scopes[scope] = {};
    for (const [specifier, names] of Object.entries(scopeUses)) {
      const file = fileOfEntry.get(entryId(specifier, names));
      if (file) scopes[scope][specifier] = { file, files: staticClosure(file, chunks) };
    }
  }
  const file: ScopedLibrariesFile = { scopes };
  writeFileSync(join(outDir, SCOPED_LIBRARIES_FILE), `${JSON.stringify(file, null, 2)}\n`);
  return file;
}
