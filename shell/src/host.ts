import { navigateToUrl } from 'single-spa';
import type { ModuleHost, ReleaseManifest } from '@sw/contracts';
import { createLocaleStore } from '@sw/i18n';
import { createAuthStore, createEventBus, createNavigator } from '@sw/module-kit/host';
import { createErrorReporter, moduleDescriptors } from './hostParts.ts';

/**
 * The shell's implementation of the module host contract: the page's language (negotiated,
 * persisted, mirrored in `<html lang>` and in `?lang=` when present), the event bus and navigation.
 */
export function createShellHost(manifest: ReleaseManifest): ModuleHost {
  const events = createEventBus((error) => reportError(error, { module: 'shell', phase: 'runtime' }));
  const reportError = createErrorReporter(events, window);
  const locale = createLocaleStore({ storage: localStorage, location, preferred: navigator.languages });
  const applyLocale = () => {
    const current = locale.get();
    document.documentElement.lang = current;
    const url = new URL(location.href);
    // A stale ?lang= would override the new choice on reload or when the link is shared.
    if (url.searchParams.has('lang') && url.searchParams.get('lang') !== current) {
      url.searchParams.set('lang', current);
      history.replaceState(history.state, '', url);
    }
  };
  applyLocale();
  locale.subscribe((current) => {
    applyLocale();
    events.emit('locale:changed', { locale: current });
  });
  const modules = moduleDescriptors(manifest);
  return {
    locale,
    events,
    navigation: createNavigator({ go: navigateToUrl }),
    apiBaseUrl: manifest.apiBaseUrl,
    auth: createAuthStore({ storage: sessionStorage }),
    reportError,
    modules: () => modules,
    release: { id: manifest.release.id },
  };
}
