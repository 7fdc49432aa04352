import { createInstance, type ModuleFederation } from '@module-federation/runtime';
import type { ReleaseManifest, ReleaseModule } from '@sw/contracts';
import { checkOncePerModule, ContractError, IntegrityError, type ModuleCheck } from './integrity.ts';

export interface ModuleLoader {
  /** Loads one exposed entry of a module; retries network failures before giving up. */
  load<T>(module: ReleaseModule, expose: string): Promise<T>;
  /** Forgets a failed remote so the next load fetches its entry again. */
  reset(module: ReleaseModule): void;
}

const RETRY_DELAYS_MS = [300, 1200];

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One Module Federation runtime for the page, with every remote of the release. Shared singletons
 * are negotiated `loaded-first`: a module that is offline never blocks the others from starting.
 */
export function createModuleLoader(
  manifest: ReleaseManifest,
  name = 'sw_shell',
  verify: ModuleCheck = checkOncePerModule(),
): ModuleLoader {
  const toRemote = (m: ReleaseModule) => ({ name: m.remoteName, entry: m.entry });
  const federation: ModuleFederation = createInstance({
    name,
    remotes: manifest.modules.map(toRemote),
    shared: {},
    shareStrategy: 'loaded-first',
  });
  return {
    async load<T>(module: ReleaseModule, expose: string) {
      const id = `${module.remoteName}/${expose.replace(/^\.\//, '')}`;
      for (let attempt = 0; ; attempt++) {
        try {
          // Each module's files are checked (once per retry) before the runtime may run any of its code.
          await verify(module);
          const loaded = await federation.loadRemote<T>(id);
          if (!loaded) throw new Error(`${id} loaded nothing`);
          return loaded;
        } catch (error) {
          const delay = RETRY_DELAYS_MS[attempt];
          // A refused file or contract will not fix itself by retrying.
          if (delay === undefined || error instanceof IntegrityError || error instanceof ContractError) throw error;
          federation.registerRemotes([toRemote(module)], { force: true });
          await wait(delay);
        }
      }
    },
    reset(module) {
      verify.forget(module);
      federation.registerRemotes([toRemote(module)], { force: true });
    },
  };
}
