import { existsSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ReleaseManifest, ReleaseModule } from '@sw/contracts';
import type { PageLibrariesFile } from '@sw/release';
import type { ReleaseService } from '@sw/release/node';
import {
  ALL_EXPORTS,
  SCOPED_LIBRARIES_FILE,
  buildScopedPageLibraries,
  scopedBuildKey,
  type LibraryUses,
  type ScopedLibrariesFile,
  type ScopedLibrary,
} from '@sw/module-kit/scoped-page-libraries';

/** The portal's path (and the CDN folder's) of the releases' library builds: `/page-libraries/<key>/…`. */
export const RELEASE_LIBRARIES_PATH = 'page-libraries';

/** A build's folder name (scopedBuildKey); anything else there (a build in progress) is left alone. */
const BUILD_KEY = /^[0-9a-f]{16}$/;

/** One module version of a release: its own, or its canary's. */
interface ModuleVersion {
  name: string;
  version: string;
  /** Its `mf-manifest.json` URL; its files are under the same folder. */
  entry: string;
}

const versionsOf = (module: ReleaseModule): ModuleVersion[] => [
  { name: module.name, version: module.version, entry: module.entry },
  ...(module.canary ? [{ name: module.name, version: module.canary.version, entry: module.canary.entry }] : []),
];

const scopeOf = (version: ModuleVersion) => `${version.name}@${version.version}`;

/** The folder of a module version's files, by its entry: what the import map's scopes name. */
export const moduleFolder = (entry: string) => new URL('./', entry).href;

/** A release's libraries as its pages use them. */
export interface ReleasePageLibraries {
  /** Module version folder URL → specifier → its copy (URLs from the portal's root). */
  scopes: Map<string, Record<string, ScopedLibrary>>;
  /** The portal's path of the build's folder, ending in `/`. */
  base: string;
}

interface BuildInputs {
  uses: Record<string, LibraryUses>;
  everyPage: string[];
}

/**
 * The page libraries of each live release, cut to what its modules import (module-kit's
 * scopedPageLibraries): built once per set of module versions, when a release is first served,
 * under a key of what went in, in the CDN folder; kept there, so a rollback finds its build ready.
 * Until a release's build is ready (and for a release it cannot cut: a module whose build says
 * nothing of its libraries) its pages use the shell's whole libraries, as before.
 */
export function releaseLibraries(
  cdnDir: string,
  pageLibrariesOf: (entry: string) => PageLibrariesFile | undefined,
): {
  /** The release's build if it is ready; else undefined, and the build starts. */
  current(manifest: ReleaseManifest): ReleasePageLibraries | undefined;
  /** Resolves once the release's build is ready or has failed (start-up waits for the live one). */
  ready(manifest: ReleaseManifest): Promise<void>;
  /** Removes every build but those of `keep` (and any being built); returns the keys removed. */
  prune(keep: ReleaseManifest[]): string[];
} {
  const folder = join(cdnDir, RELEASE_LIBRARIES_PATH);
  const built = new Map<string, ScopedLibrariesFile>();
  /** Builds started by this portal, by key: made once (a failed one is not tried again until pruned). */
  const builds = new Map<string, Promise<void>>();
  const inProgress = new Set<string>();

  const inputsOf = (manifest: ReleaseManifest): BuildInputs | undefined => {
    const inputs: BuildInputs = { uses: {}, everyPage: [] };
    for (const module of manifest.modules) {
      for (const version of versionsOf(module)) {
        const file = pageLibrariesOf(version.entry);
        if (!file) return undefined;
        // A build from before `uses` imports the libraries it emitted a copy of, all of each.
        inputs.uses[scopeOf(version)] =
          file.uses ?? Object.fromEntries(Object.keys(file.libraries).map((specifier) => [specifier, [ALL_EXPORTS]]));
        if (module.apps.some((app) => app.slot !== undefined)) inputs.everyPage.push(scopeOf(version));
      }
    }
    return inputs;
  };

  const read = (key: string) => {
    if (!built.has(key)) {
      const file = join(folder, key, SCOPED_LIBRARIES_FILE);
      if (existsSync(file)) built.set(key, JSON.parse(readFileSync(file, 'utf8')) as ScopedLibrariesFile);
    }
    return built.get(key);
  };

  const start = (key: string, inputs: BuildInputs) => {
    if (!builds.has(key)) {
      // Built beside its place and moved there whole: a reader never sees half a build.
      const temporary = join(folder, `${key}.building-${process.pid}`);
      const started = Date.now();
      inProgress.add(key);
      const build = buildScopedPageLibraries({ ...inputs, outDir: temporary })
        .then(() => {
          // Another portal on the same folder may have finished first: its files are the same.
          if (existsSync(join(folder, key))) rmSync(temporary, { recursive: true, force: true });
          else renameSync(temporary, join(folder, key));
          console.log(`portal: page libraries ${key} built in ${Date.now() - started} ms`);
        })
        .catch((error: unknown) => {
          rmSync(temporary, { recursive: true, force: true });
          console.error(`portal: page libraries ${key} could not be built; pages use the shell's (${String(error)})`);
        })
        .finally(() => inProgress.delete(key));
      builds.set(key, build);
    }
    return builds.get(key)!;
  };

  const pageView = (manifest: ReleaseManifest, key: string, file: ScopedLibrariesFile): ReleasePageLibraries => {
    const base = `/${RELEASE_LIBRARIES_PATH}/${key}/`;
    const scopes = new Map<string, Record<string, ScopedLibrary>>();
    for (const module of manifest.modules) {
      for (const version of versionsOf(module)) {
        const libraries = file.scopes[scopeOf(version)] ?? {};
        const urls = Object.entries(libraries).map(([specifier, { file, files }]) => [
          specifier,
          { file: `${base}${file}`, files: files.map((path) => `${base}${path}`) },
        ]);
        scopes.set(moduleFolder(version.entry), Object.fromEntries(urls) as Record<string, ScopedLibrary>);
      }
    }
    return { scopes, base };
  };

  return {
    current(manifest) {
      const inputs = inputsOf(manifest);
      if (!inputs) return undefined;
      const key = scopedBuildKey(inputs);
      const file = read(key);
      if (file) return pageView(manifest, key, file);
      void start(key, inputs);
      return undefined;
    },
    async ready(manifest) {
      const inputs = inputsOf(manifest);
      if (inputs && !read(scopedBuildKey(inputs))) await start(scopedBuildKey(inputs), inputs);
    },
    prune(keep) {
      if (!existsSync(folder)) return [];
      const kept = new Set(
        keep.flatMap((manifest) => inputsOf(manifest) ?? []).map((inputs) => scopedBuildKey(inputs)),
      );
      const removed = readdirSync(folder).filter(
        (name) => BUILD_KEY.test(name) && !kept.has(name) && !inProgress.has(name),
      );
      for (const key of removed) {
        rmSync(join(folder, key), { recursive: true, force: true });
        built.delete(key);
        builds.delete(key);
      }
      return removed;
    },
  };
}

/** The import map's scopes for a release's libraries: each module version's folder → its copies. */
export function importMapScopes(libraries: ReleasePageLibraries): Record<string, Record<string, string>> {
  const scopes: Record<string, Record<string, string>> = {};
  for (const [folder, copies] of libraries.scopes) {
    scopes[folder] = Object.fromEntries(Object.entries(copies).map(([specifier, { file }]) => [specifier, file]));
  }
  return scopes;
}

/** Production's releases whose page libraries are kept, newest first: a rollback's likely targets. */
const KEPT_PRODUCTION_RELEASES = 10;

/**
 * Removes the page libraries of releases neither on staging nor among production's last ones (a
 * release served again later is built again, in a second or so, its pages using the shell's copies
 * meanwhile). History that cannot be read keeps everything.
 */
export function pruneReleaseLibraries(
  libraries: Pick<ReturnType<typeof releaseLibraries>, 'prune'>,
  releases: Pick<ReleaseService, 'history' | 'channel' | 'served'>,
): void {
  try {
    const production = releases
      .history({ channel: 'production', limit: KEPT_PRODUCTION_RELEASES })
      .map((entry) => entry.releaseId);
    const staging = releases.channel('staging')?.releaseId;
    const ids = [...new Set([...production, ...(staging ? [staging] : [])])];
    const removed = libraries.prune(ids.map((id) => releases.served(id)));
    if (removed.length > 0) console.log(`portal: removed the page libraries of ${removed.length} older release(s)`);
  } catch (error) {
    console.error(`portal: kept every release's page libraries (${String(error)})`);
  }
}
