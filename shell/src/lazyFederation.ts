import type { ReleaseManifest, ReleaseModule } from '@sw/contracts';
import type { createModuleLoader, ModuleLoader } from './federation.ts';
import { checkOncePerModule, verifyModule } from './integrity.ts';

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
 * gets one instance for the release, created on the first load. A module's files are checked
 * (integrity.ts) from its first load on, while the runtime still downloads, instead of after it.
 * A load that fails because the runtime could not be downloaded fails like any load (error panel,
 * Retry); the next one downloads it again.
 */
export function createLazyModuleLoader(
  manifest: ReleaseManifest,
  name?: string,
  federation: () => Promise<Federation> = preloadFederation,
  verify: (module: ReleaseModule) => Promise<void> = verifyModule,
): ModuleLoader {
  let loader: ModuleLoader | undefined;
  /** One check per module, shared with the runtime's loader. */
  const check = checkOncePerModule(verify);
  const ready = async () => {
    const { createModuleLoader } = await federation();
    // Checked after the await: concurrent first loads share one runtime instance.
    return (loader ??= createModuleLoader(manifest, name, check));
  };
  return {
    async load<T>(module: ReleaseModule, expose: string) {
      // Its outcome reaches the caller through the runtime's loader, which awaits the same check.
      check(module).catch(() => undefined);
      return (await ready()).load<T>(module, expose);
    },
    reset(module) {
      // Before the runtime arrived there is no remote to forget, but there may be a check.
      check.forget(module);
      loader?.reset(module);
    },
  };
}
