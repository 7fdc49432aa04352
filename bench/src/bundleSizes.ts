import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Chunks the federation build makes for shared libraries: paid once per page, not per module. */
const SHARED_CHUNK = /__(prebuild|loadShare)__/;

export const gzipSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

function jsFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js'))
    .map((f) => join(dir, f));
}

export interface ModuleSize {
  name: string;
  /** remoteEntry.js and the module's own chunks (gzip bytes), lazy ones included. */
  ownJs: number;
  /** The shared-library chunks this build carries (used only if it is the first to load them). */
  sharedJs: number;
}

/** Gzip sizes of one module build, its own code apart from the shared libraries it can provide. */
export function moduleSize(name: string, distDir: string): ModuleSize {
  let ownJs = 0;
  let sharedJs = 0;
  for (const file of jsFiles(distDir)) {
    if (SHARED_CHUNK.test(file)) sharedJs += gzipSize(file);
    else ownJs += gzipSize(file);
  }
  return { name, ownJs, sharedJs };
}

/** The shell's entry: the script index.html loads first, plus what it imports statically. */
export function shellEntrySize(distDir: string): { entry: number; embed: number } {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]+href="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  const entry = [...scripts, ...preloads].reduce((sum, file) => sum + gzipSize(join(distDir, file)), 0);
  return { entry, embed: withStaticImports(distDir, 'sw-embed.js') };
}

/** A script and the chunks it imports statically (what loads before it can run). */
function withStaticImports(distDir: string, file: string, seen = new Set<string>()): number {
  const path = join(distDir, file);
  if (seen.has(path) || !existsSync(path)) return 0;
  seen.add(path);
  const code = readFileSync(path, 'utf8');
  const imports = [...code.matchAll(/(?:import|from)\s*["']\.\/([^"']+\.js)["']/g)].map((m) => m[1]!);
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  return gzipSize(path) + imports.reduce((sum, i) => sum + withStaticImports(distDir, dir + i, seen), 0);
}
