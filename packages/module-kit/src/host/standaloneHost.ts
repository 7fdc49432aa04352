import type { ModuleHost, ReleaseModule } from '@sw/contracts';
import { createLocaleStore } from '@sw/i18n';
import { createAuthStore } from './authStore.ts';
import { createEventBus } from './eventBus.ts';
import { createNavigator } from './navigator.ts';

/** A host for running one module alone (dev harness, tests): same contract as the shell's. */
export function createStandaloneHost(options: {
  apiBaseUrl?: string;
  module: Pick<ReleaseModule, 'name' | 'version'>;
  routes: string[];
}): ModuleHost {
  const events = createEventBus();
  const locale = createLocaleStore({
    storage: globalThis.localStorage,
    location: globalThis.location,
    preferred: globalThis.navigator?.languages,
  });
  locale.subscribe((l) => events.emit('locale:changed', { locale: l }));
  return {
    locale,
    events,
    navigation: createNavigator({
      go(url) {
        history.pushState(null, '', url);
        dispatchEvent(new PopStateEvent('popstate'));
      },
    }),
    apiBaseUrl: options.apiBaseUrl ?? '/api',
    auth: createAuthStore({ storage: globalThis.sessionStorage }),
    reportError: (error, context) => console.error(`[${context.module}:${context.phase}]`, error),
    modules: () => [{ name: options.module.name, version: options.module.version, routes: options.routes }],
    release: { id: 'standalone' },
  };
}
