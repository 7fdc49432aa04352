import { packageOf, type PageLibrariesFile } from '@sw/release';
import type { RecordedRequest } from './network.ts';

/** The page libraries every module imports from the page (module-kit's SHARED_SINGLETONS) that the issue names. */
export const CHECKED_SINGLETONS = ['react', 'react-dom', 'antd', 'i18next', 'react-i18next', '@tanstack/react-query'];

/**
 * Which packages each file of the page's libraries belongs to, by its path in the build
 * (`assets/lib-react-x.js` → react), from the shell's `page-libraries.json`. A file several libraries
 * load (the shell's `lib-core` holds React, React DOM, antd's base group, i18next…; the bundler's
 * runtime is in most closures) belongs to each of them.
 *
 * `harnesses`, the modules' `page-libraries.json`: the entry of a module's own copy of a library is
 * for its standalone harness only; loaded in the portal, it is a second copy of that library.
 *
 * `scoped`, the release's own copies the import map gives each module (host's releaseLibraries):
 * specifier → its files, for each module version; their shared files belong to each library too.
 */
export function libraryFilesOf(
  page: PageLibrariesFile,
  harnesses: PageLibrariesFile[] = [],
  scoped: Array<Record<string, string[]>> = [],
): Map<string, Set<string>> {
  const files = new Map<string, Set<string>>();
  const add = (file: string, specifier: string) => {
    const packages = files.get(file) ?? new Set<string>();
    packages.add(packageOf(specifier));
    files.set(file, packages);
  };
  for (const [specifier, library] of Object.entries(page.libraries))
    for (const file of library.files) add(file, specifier);
  for (const copies of scoped)
    for (const [specifier, files] of Object.entries(copies)) files.forEach((file) => add(file, specifier));
  // Only the entry of a module's copy: its other files may be the module's own chunks too.
  for (const harness of harnesses)
    for (const [specifier, library] of Object.entries(harness.libraries))
      if (!files.has(library.file)) add(library.file, specifier);
  return files;
}

/** The packages a downloaded file belongs to, from where it is served (any origin, any folder); undefined for other files. */
export function librariesOfUrl(url: string, files: Map<string, Set<string>>): Set<string> | undefined {
  const { pathname } = new URL(url);
  for (const [file, packages] of files) if (pathname === `/${file}` || pathname.endsWith(`/${file}`)) return packages;
  return undefined;
}

export interface SingletonDownloads {
  name: string;
  /** Distinct origins whose copy of the package was downloaded (the portal's, for the shell's copy). */
  providers: string[];
  /** Distinct files (URLs) of the package requested (a file several packages share counts for each). */
  files: number;
  /** Downloads of a file already downloaded in the session (each should come over the network once). */
  repeated: number;
  bytes: number;
}

/** For each checked singleton, whose copies came over the network in one session, and how often. */
export function singletonDownloads(
  requests: RecordedRequest[],
  files: Map<string, Set<string>>,
  names = CHECKED_SINGLETONS,
): SingletonDownloads[] {
  return names.map((name) => {
    const ofLibrary = requests.filter((r) => librariesOfUrl(r.url, files)?.has(name));
    const downloaded = ofLibrary.filter((r) => !r.fromCache);
    return {
      name,
      providers: [...new Set(ofLibrary.map((r) => new URL(r.url).origin))],
      files: new Set(ofLibrary.map((r) => r.url)).size,
      repeated: downloaded.length - new Set(downloaded.map((r) => r.url)).size,
      bytes: ofLibrary.reduce((sum, r) => sum + r.transferred, 0),
    };
  });
}

/** Each checked singleton came from one origin, once, and one copy of React DOM ran. */
export function downloadedOnce(singletons: { downloads: SingletonDownloads[]; reactRenderers: number }): boolean {
  return (
    singletons.downloads.every((d) => d.providers.length === 1 && d.repeated === 0) && singletons.reactRenderers === 1
  );
}

/**
 * Runs in the page before its scripts: a stand-in for React DevTools' global hook, which every copy of
 * React DOM registers itself with. `window.__swReactRenderers` then counts the copies that ran.
 */
export function countReactRenderers(): void {
  let renderers = 0;
  Object.defineProperty(window, '__swReactRenderers', { get: () => renderers });
  (window as unknown as Record<string, unknown>).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    isDisabled: false,
    supportsFiber: true,
    renderers: new Map(),
    inject() {
      return ++renderers;
    },
    checkDCE() {},
    onScheduleFiberRoot() {},
    onCommitFiberRoot() {},
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
  };
}
