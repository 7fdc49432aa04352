import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ReleaseManifest } from '@sw/contracts';
import { moduleFolder, type ReleasePageLibraries } from './releaseLibraries.ts';
import {
  PAGE_LIBRARIES_FILE,
  libraryFiles,
  mfManifestSchema,
  pageLibrariesFileSchema,
  preloadHints,
  type MfManifest,
  type PageLibrariesFile,
  type PreloadHint,
} from '@sw/release';

/** A JSON build artefact, parsed with `schema`; undefined when missing or not of that shape. */
function readArtefact<T>(file: string, schema: { safeParse(value: unknown): { success: boolean; data?: T } }) {
  if (!existsSync(file)) return undefined;
  const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  return parsed.success ? parsed.data : undefined;
}

/** A module version's file in the CDN folder, from its manifest URL; undefined for other entries. */
function cdnFile(cdnDir: string, entry: string, name?: string) {
  const { pathname } = new URL(entry);
  if (!pathname.endsWith('.json')) return undefined;
  const file = join(cdnDir, decodeURIComponent(pathname));
  return name ? join(dirname(file), name) : file;
}

/** Reads each file once: a deployed version never changes. */
function cachedReader<T>(read: (file: string) => T | undefined) {
  const cache = new Map<string, T | undefined>();
  return (file: string | undefined) => {
    if (!file) return undefined;
    if (!cache.has(file)) cache.set(file, read(file));
    return cache.get(file);
  };
}

/** A module version's `page-libraries.json` from the CDN folder, by its manifest URL. */
export function cdnPageLibraries(cdnDir: string): (entry: string) => PageLibrariesFile | undefined {
  const read = cachedReader((file) => readArtefact<PageLibrariesFile>(file, pageLibrariesFileSchema));
  return (entry) => read(cdnFile(cdnDir, entry, PAGE_LIBRARIES_FILE));
}

/** A page's preloads: its path, the live release, and the release's own libraries if they are built. */
export type PagePreloads = (
  pathname: string,
  release: ReleaseManifest | undefined,
  releaseLibraries?: ReleasePageLibraries,
) => PreloadHint[];

/**
 * The preloads of each portal page, from the live release, the federation manifests and page
 * libraries of its modules in the CDN folder and the libraries the page's import map gives each
 * module: the release's own (`releaseLibraries`, when built) or the shell's.
 */
export function modulePreloads(
  cdnDir: string,
  shellDir: string,
  pageLibrariesOf: (entry: string) => PageLibrariesFile | undefined,
): PagePreloads {
  const mfManifest = cachedReader((file) => readArtefact<MfManifest>(file, mfManifestSchema));
  // The shell's libraries follow its build like its index.html does (portalPage.ts): read again when
  // the file changed, so a rebuilt shell's pages hint its new files.
  const shellFile = join(shellDir, PAGE_LIBRARIES_FILE);
  let shell: { mtimeMs: number; page: PageLibrariesFile | undefined } | undefined;
  const shellLibraries = () => {
    const mtimeMs = existsSync(shellFile) ? statSync(shellFile).mtimeMs : -1;
    if (shell?.mtimeMs !== mtimeMs) {
      shell = { mtimeMs, page: readArtefact<PageLibrariesFile>(shellFile, pageLibrariesFileSchema) };
    }
    return shell.page;
  };
  return (pathname, manifest, releaseLibraries) => {
    const page = shellLibraries();
    if (!manifest) return [];
    const scoped = releaseLibraries?.scopes;
    return preloadHints(
      manifest,
      pathname,
      (module) => mfManifest(cdnFile(cdnDir, module.entry)),
      page && {
        of: (module) => pageLibrariesOf(module.entry),
        // The release's copies where its build has one for the module; the shell's for the rest.
        files: (module, specifiers) => {
          const copies = scoped?.get(moduleFolder(module.entry));
          const filesOf = (specifier: string) =>
            copies?.[specifier]?.files ?? libraryFiles(page, [specifier]).map((path) => `/${path}`);
          return [...new Set(specifiers.flatMap(filesOf))];
        },
      },
    );
  };
}
