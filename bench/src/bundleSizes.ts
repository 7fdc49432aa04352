import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PAGE_LIBRARIES_FILE, pageLibrariesFileSchema, type PageLibrariesFile } from '@sw/release';

export const gzipSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

const sum = (distDir: string, files: Iterable<string>) => {
  let bytes = 0;
  for (const file of files) bytes += gzipSize(join(distDir, file));
  return bytes;
};

/** The build's JS files, as paths from its root with `/` (`assets/header-x.js`). */
function jsFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js'))
    .map((f) => f.split('\\').join('/'));
}

/** A build's `page-libraries.json` (module-kit's pageLibraries plugin); undefined when it has none. */
export function readPageLibraries(distDir: string): PageLibrariesFile | undefined {
  const file = join(distDir, PAGE_LIBRARIES_FILE);
  if (!existsSync(file)) return undefined;
  return pageLibrariesFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/**
 * Relative imports in built code: static (`from"./x.js"`, `import"./x.js"`) and, unless left out,
 * dynamic (`import(\`./assets/x.js\`)`). Bare specifiers (`react`, `sw-antd/base`) are the page's.
 */
const STATIC_IMPORT = /\b(?:from|import)\s*(["'`])(\.\.?\/[^"'`]+?\.js)\1/g;
const DYNAMIC_IMPORT = /\bimport\s*\(\s*(["'`])(\.\.?\/[^"'`]+?\.js)\1\s*[,)]/g;

/** `file` and the build's files it imports, transitively (paths from the build's root, `/`-separated). */
export function reachableFiles(distDir: string, file: string, options: { dynamic: boolean }): Set<string> {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path) || !existsSync(join(distDir, path))) return;
    seen.add(path);
    const code = readFileSync(join(distDir, path), 'utf8');
    const patterns = options.dynamic ? [STATIC_IMPORT, DYNAMIC_IMPORT] : [STATIC_IMPORT];
    for (const pattern of patterns)
      for (const match of code.matchAll(pattern)) visit(posix.join(posix.dirname(path), match[2]!));
  };
  visit(posix.normalize(file));
  return seen;
}

export interface ModuleSize {
  name: string;
  /** What the portal loads from the module: remoteEntry.js and the chunks it imports, lazy ones included (gzip bytes). */
  ownJs: number;
  /** The module's own copies of the page libraries (page-libraries.json), which only its standalone harness loads. */
  libraryCopiesJs: number;
  /** The rest of the harness, never loaded in the portal: its entry, federation host bootstrap, mock service worker. */
  harnessJs: number;
}

/**
 * Gzip sizes of one module build. Its own JS is what the portal loads from it: `remoteEntry.js` and
 * every chunk it reaches through static and dynamic imports. The libraries it imports by name come
 * from the page (the shell's copies, through the import map), so the build's `lib-*` files and the
 * chunks only they import are its standalone harness's, as are the harness's entry and its mocks.
 */
export function moduleSize(name: string, distDir: string): ModuleSize {
  if (!existsSync(join(distDir, 'remoteEntry.js'))) throw new Error(`${distDir} has no remoteEntry.js`);
  const own = reachableFiles(distDir, 'remoteEntry.js', { dynamic: true });
  const libraries = Object.values(readPageLibraries(distDir)?.libraries ?? {});
  const copies = new Set(libraries.flatMap((library) => library.files).filter((file) => !own.has(file)));
  const harness = jsFiles(distDir).filter((file) => !own.has(file) && !copies.has(file));
  return { name, ownJs: sum(distDir, own), libraryCopiesJs: sum(distDir, copies), harnessJs: sum(distDir, harness) };
}

/** Gzip size of the page libraries a build provides (the shell's: every library, downloaded by a page as it needs them). */
export function pageLibrariesSize(distDir: string): number {
  const page = readPageLibraries(distDir);
  if (!page) throw new Error(`${distDir} has no ${PAGE_LIBRARIES_FILE}`);
  return sum(distDir, new Set(Object.values(page.libraries).flatMap((library) => library.files)));
}

/** The shell's entry: the script index.html loads first, plus what it imports statically. */
export function shellEntrySize(distDir: string): { entry: number; embed: number } {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]+href="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  const entry = [...scripts, ...preloads].reduce((total, file) => total + gzipSize(join(distDir, file)), 0);
  return { entry, embed: sum(distDir, reachableFiles(distDir, 'sw-embed.js', { dynamic: false })) };
}
