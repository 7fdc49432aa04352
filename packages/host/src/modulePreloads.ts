import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ReleaseManifest, ReleaseModule } from '@sw/contracts';
import {
  PAGE_LIBRARIES_FILE,
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

/**
 * The preloads of each portal page, from the live release, the federation manifests and page
 * libraries of its modules in the CDN folder (read once per version: a deployed version never
 * changes) and the shell's page libraries (read once: the portal serves one shell build).
 */
export function modulePreloads(
  cdnDir: string,
  shellDir: string,
  live: () => ReleaseManifest | undefined,
): (pathname: string) => PreloadHint[] {
  const manifests = new Map<string, MfManifest | undefined>();
  const libraries = new Map<string, PageLibrariesFile | undefined>();
  /** A module version's file in the CDN folder, from its manifest URL; undefined for other entries. */
  const cdnFile = (module: ReleaseModule, name?: string) => {
    const { pathname } = new URL(module.entry);
    if (!pathname.endsWith('.json')) return undefined;
    const file = join(cdnDir, decodeURIComponent(pathname));
    return name ? join(dirname(file), name) : file;
  };
  const cached = <T>(
    cache: Map<string, T | undefined>,
    file: string | undefined,
    read: (file: string) => T | undefined,
  ) => {
    if (!file) return undefined;
    if (!cache.has(file)) cache.set(file, read(file));
    return cache.get(file);
  };
  const mfManifestOf = (module: ReleaseModule) =>
    cached(manifests, cdnFile(module), (file) => readArtefact<MfManifest>(file, mfManifestSchema));
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
  const of = (module: ReleaseModule) =>
    cached(libraries, cdnFile(module, PAGE_LIBRARIES_FILE), (file) =>
      readArtefact<PageLibrariesFile>(file, pageLibrariesFileSchema),
    );
  return (pathname) => {
    const manifest = live();
    const page = shellLibraries();
    return manifest ? preloadHints(manifest, pathname, mfManifestOf, page && { page, base: '/', of }) : [];
  };
}
