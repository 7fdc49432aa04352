import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Subresource Integrity value of some bytes (`sha384-…`), as browsers check it. */
export function sri(bytes: Uint8Array | string): string {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** Every file under `dir` (posix paths relative to it), sorted, skipping the names in `except`. */
export function listFiles(dir: string, except: ReadonlySet<string> = new Set()): string[] {
  const files: string[] = [];
  const walk = (folder: string, prefix: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      const relative = prefix ? `${prefix}/${name}` : name;
      if (statSync(path).isDirectory()) walk(path, relative);
      else if (!except.has(relative)) files.push(relative);
    }
  };
  walk(dir, '');
  return files;
}

/** SRI hashes of every file in a folder, by relative path. */
export function hashFolder(dir: string, except?: ReadonlySet<string>): Record<string, string> {
  return Object.fromEntries(listFiles(dir, except).map((file) => [file, sri(readFileSync(join(dir, file)))]));
}

/** Files whose bytes differ from the hashes (or are missing), for messages. */
export function mismatchedFiles(dir: string, expected: Record<string, string>): string[] {
  return Object.entries(expected).flatMap(([file, hash]) => {
    try {
      return sri(readFileSync(join(dir, file))) === hash ? [] : [file];
    } catch {
      return [`${file} (missing)`];
    }
  });
}
