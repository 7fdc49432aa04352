import type { ModuleLoader } from '@sw/shell/startPortal';

/** Lazy imports of each exposed application, by `<module>/<expose>`. */
export type BundledLoaders = Record<string, () => Promise<unknown>>;

/** The portal's module loader over applications bundled into the same build (no federation). */
export function bundledLoader(loaders: BundledLoaders): ModuleLoader {
  return {
    async load<T>(module: { name: string }, expose: string) {
      const load = loaders[`${module.name}/${expose}`];
      if (!load) throw new Error(`${module.name} ${expose} is not part of this build`);
      return (await load()) as T;
    },
    reset() {},
  };
}
