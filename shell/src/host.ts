import { navigateToUrl } from 'single-spa';
import type { ModuleHost, ReleaseManifest } from '@sw/contracts';
import { createLocaleStore } from '@sw/i18n';
import { createAuthStore, createEventBus, createNavigator } from '@sw/module-kit/host';

/**
 * The shell's implementation of the module host contract: the page's language (negotiated,
 * persisted, mirrored in `<html lang>` and in `?lang=` when present), the event bus and navigation.
 */
export function createShellHost(manifest: ReleaseManifest): ModuleHost {
  const events = createEventBus((error) => reportError(error, { module: 'shell', phase: 'runtime' }));
  /**
   * Every module error ends up here: the console, the bus and one DOM event (`sw:error`) that the
   * portal's monitoring can listen to.
   */
  function reportError(error: unknown, context: { module: string; phase: string }) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`[single-window] ${context.module} (${context.phase}):`, error);
    dispatchEvent(new CustomEvent('sw:error', { detail: { ...context, message } }));
    events.emit('module:error', {
      module: context.module,
      phase: context.phase as 'runtime',
      message,
    });
  }
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
  const modules = manifest.modules.map((m) => ({
    name: m.name,
    version: m.version,
    routes: m.apps.flatMap((a) => (a.route ? [a.route] : [])),
  }));
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
