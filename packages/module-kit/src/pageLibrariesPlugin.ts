import { fileURLToPath } from 'node:url';
import type { IndexHtmlTransformResult, Plugin, Rolldown } from 'vite';
import { addLibraryUses, libraryUsesRecord } from './libraryUses.ts';
import {
  PAGE_LIBRARIES_FILE,
  pageLibraryModule,
  pageLibraryRequire,
  pageLibrarySpecifiers,
  pageLibraryVersion,
  type PageLibrariesFile,
} from './pageLibraries.ts';

const LIBRARY_PREFIX = '\0sw-page-library:';
/** A `require()` of a page library in CommonJS code (react-dom, use-sync-external-store): an import instead. */
const REQUIRE_PREFIX = '\0sw-page-library-require:';

export interface PageLibrariesOptions {
  /**
   * `imported`: a module's build emits the libraries its code imports, for its standalone harness.
   * `all`: the shell's build emits every library, for any module a release may hold.
   */
  provide: 'imported' | 'all';
}

/**
 * How the shell's build files the libraries, by which pages load them: `lib-core` holds what every
 * portal page loads (the frame uses all of it), `lib-pages` what a module's pages add (tables, forms,
 * dialogs: every module uses the first two). Left to itself the bundler cuts their shared internals
 * into dozens of small chunks, each a request on a cold page and a module to fetch and link on a warm
 * one. The other groups (pickers, more), used by no page today, keep the bundler's cut.
 */
const SHELL_FILES = [
  {
    name: 'lib-core',
    specifiers: [
      'react',
      'react/jsx-runtime',
      'react-dom',
      'react-dom/client',
      '@ant-design/cssinjs',
      'i18next',
      'react-i18next',
      '@tanstack/react-query',
      'sw-antd/base',
    ],
  },
  { name: 'lib-pages', specifiers: ['sw-antd/data', 'sw-antd/form', 'sw-antd/overlay'] },
];

/** Module ids reachable from `roots` (static imports, and dynamic ones if asked), through `infoOf`. */
export function reachable(
  roots: string[],
  infoOf: (id: string) => { importedIds: readonly string[]; dynamicallyImportedIds: readonly string[] } | null,
  dynamic: boolean,
): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const info = infoOf(id);
    if (info) queue.push(...info.importedIds, ...(dynamic ? info.dynamicallyImportedIds : []));
  }
  return seen;
}

/** `antd/es/qr-code` → `lib-antd-es-qr-code`: the emitted file's name says what it holds. */
export const chunkName = (specifier: string) => `lib-${specifier.replace(/^@/, '').replace(/[^\w-]+/g, '-')}`;

/** Files a chunk loads before it runs: itself and its static imports, transitively. */
export function staticClosure(
  fileName: string,
  chunks: Map<string, Rolldown.OutputChunk>,
  seen = new Set<string>(),
): string[] {
  if (seen.has(fileName) || !chunks.has(fileName)) return [];
  seen.add(fileName);
  return [fileName, ...chunks.get(fileName)!.imports.flatMap((file) => staticClosure(file, chunks, seen))];
}

/**
 * What the build writes to PAGE_LIBRARIES_FILE: each library's files, which libraries each chunk
 * imports, and which chunks each one imports lazily (so the portal hints only the pages a mount loads).
 */
export function describePageLibraries(bundle: Rolldown.OutputBundle, specifiers: Set<string>): PageLibrariesFile {
  const chunks = new Map<string, Rolldown.OutputChunk>();
  for (const output of Object.values(bundle)) if (output.type === 'chunk') chunks.set(output.fileName, output);
  const libraries: PageLibrariesFile['libraries'] = {};
  const imports: PageLibrariesFile['imports'] = {};
  const lazy: NonNullable<PageLibrariesFile['lazy']> = {};
  for (const chunk of chunks.values()) {
    const provided = chunk.facadeModuleId?.startsWith(LIBRARY_PREFIX)
      ? chunk.facadeModuleId.slice(LIBRARY_PREFIX.length)
      : undefined;
    if (provided) {
      libraries[provided] = {
        version: pageLibraryVersion(provided),
        file: chunk.fileName,
        files: staticClosure(chunk.fileName, chunks),
      };
    }
    const used = chunk.imports.filter((id) => specifiers.has(id));
    if (used.length > 0) imports[chunk.fileName] = used.sort();
    if (chunk.dynamicImports.length > 0) lazy[chunk.fileName] = [...chunk.dynamicImports];
  }
  return { libraries, imports, lazy };
}

/** The import map a page needs for a build's libraries, with URLs from `base` (a folder URL or path). */
export function importMapOf(file: PageLibrariesFile, base: string): { imports: Record<string, string> } {
  const imports: Record<string, string> = {};
  for (const [specifier, library] of Object.entries(file.libraries)) imports[specifier] = `${base}${library.file}`;
  return { imports };
}

/**
 * Builds with the page's libraries kept out of the module's own code: every import of one of them
 * (pageLibraries.ts) stays an import by name, which the page's import map resolves — in the portal
 * to the shell's copy, so each library is downloaded once per page and runs once, and each antd
 * component only when a page that uses it loads. The build also emits its own copy of each library
 * as an ES module of its own (`lib-*.js`), lists them in `page-libraries.json`, and puts their
 * import map in its `index.html` (a module's standalone harness).
 */
export function pageLibraries({ provide }: PageLibrariesOptions): Plugin {
  const specifiers = new Set(pageLibrarySpecifiers());
  const emitted = new Set<string>();
  let described: PageLibrariesFile | undefined;
  let base = '/';
  /** Module id → the SHELL_FILES file it goes in: what those libraries need and the shell's own code does not (sw-embed.js must stay small). */
  const fileOf = new Map<string, string>();
  const plugin: Plugin = {
    name: 'sw:page-libraries',
    apply: 'build',
    enforce: 'pre',
    config() {
      if (provide !== 'all') return;
      const groups = SHELL_FILES.map(({ name }) => ({
        name,
        test: (id: string) => fileOf.get(id) === name,
        priority: 10,
      }));
      return { build: { rolldownOptions: { output: { codeSplitting: { groups } } } } };
    },
    buildEnd() {
      if (provide !== 'all') return;
      const infoOf = (id: string) => this.getModuleInfo(id);
      const ids = [...this.getModuleIds()];
      const own = ids.filter((id) => this.getModuleInfo(id)?.isEntry && !id.startsWith(LIBRARY_PREFIX));
      const shell = reachable(own, infoOf, true);
      fileOf.clear();
      for (const { name, specifiers } of SHELL_FILES) {
        const needed = reachable(
          specifiers.map((specifier) => `${LIBRARY_PREFIX}${specifier}`),
          infoOf,
          false,
        );
        for (const id of needed)
          if (!shell.has(id) && !fileOf.has(id) && !id.startsWith(LIBRARY_PREFIX)) fileOf.set(id, name);
      }
    },
    configResolved(config) {
      base = config.base;
    },
    buildStart() {
      emitted.clear();
      if (provide === 'all') for (const specifier of specifiers) this.emitFile(libraryChunk(specifier));
    },
    resolveId(source, importer, options) {
      if (source.startsWith(LIBRARY_PREFIX) || source.startsWith(REQUIRE_PREFIX)) return source;
      // A library's own module imports the real packages, resolved from module-kit (which depends on
      // all of them, unlike a module or the shell).
      const ownImport =
        importer?.startsWith(LIBRARY_PREFIX) && (importer === `${LIBRARY_PREFIX}${source}` || !specifiers.has(source));
      if (ownImport) return this.resolve(source, fileURLToPath(import.meta.url), { skipSelf: true });
      if (!specifiers.has(source)) return null;
      // The shell's own code bundles what it imports (sw-embed.js runs before any import map exists);
      // its copies of the libraries are the same modules its library files export.
      if (provide === 'all') return null;
      // The output is ES modules: a require() of an external would need a `require` the browser lacks.
      if ((options as { kind?: string }).kind === 'require-call') return `${REQUIRE_PREFIX}${source}`;
      if (!emitted.has(source)) this.emitFile(libraryChunk(source));
      return { id: source, external: true };
    },
    load(id) {
      if (id.startsWith(REQUIRE_PREFIX)) return pageLibraryRequire(id.slice(REQUIRE_PREFIX.length));
      return id.startsWith(LIBRARY_PREFIX) ? pageLibraryModule(id.slice(LIBRARY_PREFIX.length)) : null;
    },
    generateBundle(_options, bundle) {
      described = describePageLibraries(bundle as Rolldown.OutputBundle, specifiers);
      // What the module's code imports from each library, name by name: a release cuts the page's
      // libraries to what its modules use (scopedPageLibraries.ts).
      if (provide === 'imported') {
        const uses = new Map<string, Set<string>>();
        for (const output of Object.values(bundle)) {
          if (output.type === 'chunk') addLibraryUses(uses, this.parse(output.code), output.dynamicImports, specifiers);
        }
        described.uses = libraryUsesRecord(uses);
      }
      this.emitFile({
        type: 'asset',
        fileName: PAGE_LIBRARIES_FILE,
        source: `${JSON.stringify(described, null, 2)}\n`,
      });
    },
    transformIndexHtml: {
      order: 'post',
      handler(): IndexHtmlTransformResult {
        if (!described) return [];
        // The page's own base: `./` for a module's harness, `/` for the portal (pages at any path).
        const importMap = JSON.stringify(importMapOf(described, base));
        return [{ tag: 'script', attrs: { type: 'importmap' }, children: importMap, injectTo: 'head-prepend' }];
      },
    },
  };
  return plugin;

  function libraryChunk(specifier: string) {
    emitted.add(specifier);
    return {
      type: 'chunk' as const,
      id: `${LIBRARY_PREFIX}${specifier}`,
      name: chunkName(specifier),
      preserveSignature: 'strict' as const,
    };
  }
}
