import { packageOf, type PageLibrariesFile } from '@sw/release';
import type { RecordedRequest } from './network.ts';

/** The page libraries every module imports from the page (module-kit's SHARED_SINGLETONS) that the issue names. */
export const CHECKED_SINGLETONS = ['react', 'react-dom', 'antd', 'i18next', 'react-i18next', '@tanstack/react-query'];

/**
 * Which package each file of the page's libraries belongs to, by its path in the build
 * (`assets/react-x.js` → react), from the shell's `page-libraries.json`. A chunk that several
 * libraries load (React's own code is in react-dom's, react-i18next's and antd's files too) counts
 * for the library with the fewest files that has it: the one it is the code of.
 *
 * `harnesses`, the modules' `page-libraries.json`: the entry of a module's own copy of a library is
 * for its standalone harness only; loaded in the portal, it is a second copy of that library.
 */
export function libraryFilesOf(page: PageLibrariesFile, harnesses: PageLibrariesFile[] = []): Map<string, string> {
  const owners = new Map<string, { name: string; files: number }>();
  for (const [specifier, library] of Object.entries(page.libraries)) {
    for (const file of library.files) {
      const owner = owners.get(file);
      if (!owner || library.files.length < owner.files)
        owners.set(file, { name: packageOf(specifier), files: library.files.length });
    }
  }
  const files = new Map([...owners].map(([file, owner]) => [file, owner.name]));
  for (const harness of harnesses)
    for (const [specifier, library] of Object.entries(harness.libraries))
      if (!files.has(library.file)) files.set(library.file, packageOf(specifier));
  return files;
}

/** The package a downloaded file belongs to, from where it is served (any origin, any folder); undefined for other files. */
export function libraryOfUrl(url: string, files: Map<string, string>): string | undefined {
  const { pathname } = new URL(url);
  for (const [file, name] of files) if (pathname === `/${file}` || pathname.endsWith(`/${file}`)) return name;
  return undefined;
}

export interface SingletonDownloads {
  name: string;
  /** Distinct origins whose copy of the package was downloaded (the portal's, for the shell's copy). */
  providers: string[];
  /** Distinct files (URLs) of the package requested. */
  files: number;
  /** Downloads of a file already downloaded in the session (each should come over the network once). */
  repeated: number;
  bytes: number;
}

/** For each checked singleton, whose copies came over the network in one session, and how often. */
export function singletonDownloads(
  requests: RecordedRequest[],
  files: Map<string, string>,
  names = CHECKED_SINGLETONS,
): SingletonDownloads[] {
  return names.map((name) => {
    const ofLibrary = requests.filter((r) => libraryOfUrl(r.url, files) === name);
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
