import type { ReleaseManifest, ReleaseModule } from '@sw/contracts';
import type { createModuleLoader, ModuleLoader } from './federation.ts';

/** What the federation chunk provides. */
export interface Federation {
  createModuleLoader: typeof createModuleLoader;
}

let download: Promise<Federation> | undefined;

/**
 * Starts fetching the federation runtime, the largest part of the shell, as a chunk of its own. It
 * is needed only once a module loads, so the page fetches it alongside the release manifest instead
 * of before it. Calls share one download; after a failed one, the next call tries again.
 */
export function preloadFederation(): Promise<Federation> {
  if (!download) {
    const attempt = import('./federation.ts');
    download = attempt;
    attempt.catch(() => {
      if (download === attempt) download = undefined;
    });
  }
  return download;
}

/**
 * The federation module loader for a release, usable at once: loads wait for the runtime, which
 * gets one instance for the release, created on the first load. A load that fails because the
 * runtime could not be downloaded fails like any load (error panel, Retry); the next one downloads
 * it again.
 */
export function createLazyModuleLoader(
  manifest: ReleaseManifest,
  name?: string,
  federation: () => Promise<Federation> = preloadFederation,
): ModuleLoader {
  let loader: ModuleLoader | undefined;
  const ready = async () => {
    const { createModuleLoader } = await federation();
    // Checked after the await: concurrent first loads share one runtime instance.
    return (loader ??= createModuleLoader(manifest, name));
  };
  return {
    async load<T>(module: ReleaseModule, expose: string) {
      return (await ready()).load<T>(module, expose);
    },
    reset(module) {
      // Before the runtime arrived there is no remote to forget; the next load fetches it.
      loader?.reset(module);
    },
  };
}
