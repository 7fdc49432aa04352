import type { Locale, ModuleDescriptor, ModuleHost, Navigator } from '@sw/contracts';
import { createLocaleStore } from '@sw/i18n';
import { createAuthStore } from '../host/authStore.ts';
import { createEventBus } from '../host/eventBus.ts';
import { createMemoryNavigator } from '../host/navigator.ts';

export interface TestHost extends ModuleHost {
  /** Where `navigate()` and `push()` went, in order (a `replaceSearch` is no new place). */
  visited: string[];
  errors: unknown[];
  /** Opens a URL as a user typing it would: the module's location starts over there. */
  open(url: string): void;
}

/**
 * The test host's navigation keeps the module's location in memory, starting at the page URL when
 * the host is created: a module follows its own links as in the suite, and a module that wrote the
 * page's address itself instead of going through the host fails its tests (it would rewrite the
 * address of a site it is embedded in).
 */
function createRecordingNavigator(visited: string[]): Navigator & { open(url: string): void } {
  const memory = createMemoryNavigator({
    initial: { pathname: globalThis.location.pathname, search: globalThis.location.search },
    // Every path stays in memory: another module's route only moves the location, as in the shell.
    owns: () => true,
    leave: () => {},
  });
  return {
    ...memory,
    navigate(route, payload, search) {
      visited.push(`${route}${search ? `?${search.replace(/^\?/, '')}` : ''}`);
      memory.navigate(route, payload, search);
    },
    push(path) {
      visited.push(path);
      memory.push(path);
    },
    open: (url) => memory.push(url),
  };
}

/** A module host for component tests, with what the module did recorded for assertions. */
export function createTestHost(
  locale: Locale = 'zh-CN',
  apiBaseUrl = 'http://localhost/api',
  modules: ModuleDescriptor[] = [],
): TestHost {
  const visited: string[] = [];
  const errors: unknown[] = [];
  const store = createLocaleStore();
  store.set(locale);
  const navigation = createRecordingNavigator(visited);
  return {
    locale: store,
    events: createEventBus(),
    navigation,
    apiBaseUrl,
    auth: createAuthStore(),
    reportError: (error) => errors.push(error),
    modules: () => modules,
    release: { id: 'test' },
    visited,
    errors,
    open: navigation.open,
  };
}
