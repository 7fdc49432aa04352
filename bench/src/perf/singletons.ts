import type { RecordedRequest } from './network.ts';

/** The libraries every module shares (module-kit's SHARED_SINGLETONS) that the issue names. */
export const CHECKED_SINGLETONS = ['react', 'react-dom', 'antd', 'i18next', 'react-i18next', '@tanstack/react-query'];

/** Module Federation's file-name escapes in shared chunk names (`@ant-design/icons` → `_mf_0_ant_mf_2_design_mf_1_icons`). */
const decode = (name: string) =>
  name
    .replace(/_mf_0_/g, '@')
    .replace(/_mf_1_/g, '/')
    .replace(/_mf_2_/g, '-');

/**
 * Which shared package a federation chunk provides: `…__prebuild__react_mf_2_dom__prebuild__-<hash>.js`
 * is react-dom, built by the remote that serves it. Undefined for any other file.
 */
export function sharedPackageOfChunk(url: string): string | undefined {
  const match = /__prebuild__(.+?)__prebuild__/.exec(new URL(url).pathname);
  return match ? decode(match[1]!) : undefined;
}

export interface SingletonDownloads {
  name: string;
  /** Distinct origins (module builds) whose copy of the package was downloaded. */
  providers: string[];
  files: number;
  bytes: number;
}

/** Is a shared chunk part of the package (its own entry or a subpath such as `react-dom/client`)? */
const partOf = (name: string, shared: string | undefined) => shared === name || !!shared?.startsWith(`${name}/`);

/** For each checked singleton, whose copies came over the network in one session. */
export function singletonDownloads(requests: RecordedRequest[], names = CHECKED_SINGLETONS): SingletonDownloads[] {
  return names.map((name) => {
    const files = requests.filter((r) => r.type === 'Script' && partOf(name, sharedPackageOfChunk(r.url)));
    return {
      name,
      providers: [...new Set(files.map((r) => new URL(r.url).origin))],
      files: files.length,
      bytes: files.reduce((sum, r) => sum + r.transferred, 0),
    };
  });
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
