import type { AuthSource, EventBus, Locale, ModuleHost, ReleaseManifest } from '@sw/contracts';
import { createLocaleStore } from '@sw/i18n';
import { createAuthStore, createMemoryNavigator } from '@sw/module-kit/host';
import { createErrorReporter, moduleDescriptors } from '../hostParts.ts';
import { routeMatches } from '../routes.ts';
import { PORTAL_ORIGIN, currentConfig, type NavigateRequest } from './config.ts';

interface EmbedHostOptions {
  manifest: ReleaseManifest;
  events: EventBus;
  /** The module's route: its private location starts here and navigation outside it leaves. */
  route: string;
  /** Path inside the module to open first (e.g. `/fees/fee-pilotage`). */
  path?: string;
  locale?: Locale;
  element: HTMLElement;
}

/** The token comes from the embedding page; a demo session (if any module signs in) stays in memory. */
function embedAuth(): AuthSource {
  const session = createAuthStore();
  return {
    ...session,
    async getToken() {
      return (await session.getToken()) ?? (await currentConfig().getToken?.());
    },
  };
}

/** The module host for one module mounted in another site. */
export function createEmbedHost({ manifest, events, route, path, locale, element }: EmbedHostOptions): ModuleHost {
  const start = new URL(
    path && routeMatches(route, new URL(path, PORTAL_ORIGIN).pathname) ? path : route,
    PORTAL_ORIGIN,
  );
  const navigation = createMemoryNavigator({
    initial: { pathname: start.pathname, search: start.search },
    owns: (pathname) => routeMatches(route, pathname),
    leave(url, target, payload) {
      const absolute = new URL(url, PORTAL_ORIGIN).href;
      const { onNavigate } = currentConfig();
      if (onNavigate) onNavigate({ route: target, url: absolute, payload: payload as NavigateRequest['payload'] });
      else location.assign(absolute);
    },
  });
  const modules = moduleDescriptors(manifest);
  return {
    locale: createLocaleStore({
      preferred: [locale, element.lang, currentConfig().locale, document.documentElement.lang].filter(
        (l): l is string => Boolean(l),
      ),
    }),
    events,
    navigation,
    apiBaseUrl: manifest.apiBaseUrl,
    auth: embedAuth(),
    reportError: createErrorReporter(events, element),
    modules: () => modules,
    release: { id: manifest.release.id },
  };
}
