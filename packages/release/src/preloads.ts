import type { ReleaseManifest, ReleaseModule } from '@sw/contracts';
import { remoteEntryPath, type MfManifest } from './mfManifest.ts';
import { librariesImportedBy, pageChunks, type PageLibrariesFile } from './pageLibraries.ts';
import { routeMatches } from './routes.ts';

export interface PreloadHint {
  href: string;
  /** `modulepreload` for JavaScript modules; `fetch` for what the shell fetches (manifests). */
  kind: 'modulepreload' | 'fetch';
}

/**
 * What a page of the portal will load before its modules can show anything, so the portal can ask
 * for all of it at once in the page's `<head>` instead of discovering it one round trip at a time
 * (shell → release → federation manifest → remote entry → chunks → shared libraries).
 *
 * For each application active at `pathname` (fixed slots and the route's module): the module's
 * federation manifest and remote entry, and the files its expose loads synchronously. Shared
 * libraries come from the first of these modules in release order: the shell registers the release's
 * applications in that order and shares `loaded-first`, so that module's copies are the ones used.
 * Lazy chunks (charts, spreadsheets) are left to load when used, except a module's pages (the lazy
 * chunks that import antd's groups, loaded as it mounts); the page libraries any chunk of an active
 * expose imports are hinted, as the page's import map resolves them for that module. Canaries are chosen per browser, so
 * a canary user's module files are not hinted (the release's own version is).
 */
export interface PageLibrarySource {
  /** A module version's own `page-libraries.json`; undefined for a build from before page libraries. */
  of(module: ReleaseModule): PageLibrariesFile | undefined;
  /** The URLs of the files of `specifiers` as the page's import map resolves them for `module`. */
  files(module: ReleaseModule, specifiers: string[]): string[];
}

export function preloadHints(
  manifest: ReleaseManifest,
  pathname: string,
  mfManifestOf: (module: ReleaseModule) => MfManifest | undefined,
  libraries?: PageLibrarySource,
): PreloadHint[] {
  const hints = new Map<string, PreloadHint>();
  const add = (href: string, kind: PreloadHint['kind']) => hints.has(href) || hints.set(href, { href, kind });
  let sharedFrom: MfManifest | undefined;
  const onPage = manifest.modules.flatMap((module) => {
    const active = module.apps.filter((app) => app.route === undefined || routeMatches(app.route, pathname));
    const mf = active.length > 0 ? mfManifestOf(module) : undefined;
    return mf ? [{ module, active, mf }] : [];
  });
  // First what the remote entries import (the federation runtime): nothing of a module loads before
  // it has run, and the browser reads hinted files, from the network or its cache, about in order.
  for (const { module, mf } of onPage) {
    const moduleLibraries = libraries?.of(module);
    if (!libraries || !moduleLibraries) continue;
    const imported = librariesImportedBy(moduleLibraries, [remoteEntryPath(mf)]);
    libraries.files(module, imported).forEach((href) => add(href, 'modulepreload'));
  }
  for (const { module, active, mf } of onPage) {
    const file = (path: string) => new URL(path, module.entry).href;
    if (module.entry.endsWith('.json')) add(module.entry, 'fetch');
    add(file(remoteEntryPath(mf)), 'modulepreload');
    for (const app of active) {
      const assets = mf.exposes.find((e) => e.path === app.expose)?.assets?.js;
      assets?.sync.forEach((path) => add(file(path), 'modulepreload'));
      // The federation plugin's proxies of the shared packages (`…__loadShare__…`) load with the
      // expose's first import, whichever module provides the packages.
      assets?.async
        .filter((path) => path.includes('__loadShare__'))
        .forEach((path) => add(file(path), 'modulepreload'));
      // The page's libraries (React, antd's groups…) that any chunk of the expose imports: its pages
      // load right after it, and the libraries come from the portal whichever module asks first.
      const moduleLibraries = libraries?.of(module);
      if (libraries && moduleLibraries && assets) {
        // The remote entry imports the federation runtime, the one the shell itself starts with.
        const chunks = [remoteEntryPath(mf), ...assets.sync, ...assets.async];
        const imported = librariesImportedBy(moduleLibraries, chunks);
        libraries.files(module, imported).forEach((href) => add(href, 'modulepreload'));
        // Its pages too: the module imports them right after it mounts, whichever route it shows.
        pageChunks(moduleLibraries, assets.async, assets.sync).forEach((path) => add(file(path), 'modulepreload'));
      }
    }
    if (!sharedFrom) {
      sharedFrom = mf;
      // Every shared package's files: the runtime resolves all of them before the first module renders.
      for (const shared of mf.shared) shared.assets?.js.async.forEach((path) => add(file(path), 'modulepreload'));
      for (const shared of mf.shared) shared.assets?.js.sync.forEach((path) => add(file(path), 'modulepreload'));
    }
  }
  return [...hints.values()];
}
