import { readFile } from 'node:fs/promises';
import { posix, relative as relativePath, resolve } from 'node:path';

/** Reads the files of a module version wherever its release entry points: the CDN folder or a URL. */
export interface EntrySource {
  /**
   * A file beside the entry (`mf-manifest.json`, `remoteEntry.js`, `assets/…`); throws when unreachable,
   * a MissingFileError when it does not exist.
   */
  read(entry: string, file: string): Promise<Uint8Array>;
  /** Where that file is, for messages. */
  where(entry: string, file: string): string;
}

/** `read`'s error for a file that does not exist (no such file, HTTP 404), unlike one that cannot be reached. */
export class MissingFileError extends Error {}

const isUrl = (entry: string) => /^https?:\/\//.test(entry);

async function readLocal(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new MissingFileError((error as Error).message);
    throw error;
  }
}

/**
 * Entries relative to the CDN root (`modules/<name>/<version>/mf-manifest.json`, what stored releases
 * hold) are read from the CDN folder; absolute URLs over HTTP, with a time limit.
 */
export function entrySource(cdnDir: string, fetchImpl: typeof fetch = fetch, timeoutMs = 5000): EntrySource {
  const fileOf = (entry: string, file: string) => {
    const path = resolve(cdnDir, posix.dirname(entry), file);
    if (relativePath(cdnDir, path).startsWith('..')) throw new Error(`${entry}: ${file} is outside the CDN folder`);
    return path;
  };
  return {
    where(entry, file) {
      return isUrl(entry) ? new URL(file, entry).href : fileOf(entry, file);
    },
    async read(entry, file) {
      if (!isUrl(entry)) return readLocal(fileOf(entry, file));
      const url = new URL(file, entry).href;
      const response = await fetchImpl(url, { signal: AbortSignal.timeout(timeoutMs) });
      if (response.status === 404) throw new MissingFileError(`${url} answered HTTP 404`);
      if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    },
  };
}
