import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** A module's top component loaded on demand, which its mount can also load before the first render. */
export type LazyApp = LazyExoticComponent<ComponentType> & {
  /** Loads the component (once; later calls share the first load). */
  load(): Promise<ComponentType>;
};

/**
 * Like React's `lazy`, plus `load()`: `defineModule` loads the module's routes while mounting, so the
 * first render has them and never shows a Suspense fallback. A fallback shown and then replaced makes
 * React hold the page back until 300 ms after the fallback appeared (its throttle against flashing
 * content), and the module's queries would only start once the page had rendered.
 */
export function lazyApp(load: () => Promise<{ default: ComponentType }>): LazyApp {
  let loading: Promise<{ default: ComponentType }> | undefined;
  // A failed load is forgotten, so that the host's Retry (which mounts again) loads again.
  const loadOnce = () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
  return Object.assign(lazy(loadOnce), { load: async () => (await loadOnce()).default });
}

export function isLazyApp(App: ComponentType): App is LazyApp {
  return typeof (App as Partial<LazyApp>).load === 'function';
}
