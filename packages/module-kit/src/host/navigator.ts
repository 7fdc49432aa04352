import type { ModuleLocation, NavigationPayloads, Navigator, SuiteRoute } from '@sw/contracts';

/** Payloads parked for the module that owns a route; the target takes each once. */
function createPayloadBox() {
  const pending = new Map<SuiteRoute, unknown>();
  return {
    park(route: SuiteRoute, payload: unknown) {
      if (payload !== undefined) pending.set(route, payload);
      else pending.delete(route);
    },
    take<R extends SuiteRoute>(route: R) {
      const payload = pending.get(route) as NavigationPayloads[R] | undefined;
      pending.delete(route);
      return payload;
    },
  };
}

const withSearch = (route: string, search?: string) => `${route}${search ? `?${search.replace(/^\?/, '')}` : ''}`;

interface BrowserNavigatorOptions {
  /** Changes the URL; the shell uses single-spa's navigateToUrl, the harness history.pushState. */
  go(url: string): void;
}

function subscribeToBrowserLocation(listener: () => void) {
  // single-spa fires popstate for its own navigations too; its routing event covers the rest.
  addEventListener('popstate', listener);
  addEventListener('single-spa:routing-event', listener);
  return () => {
    removeEventListener('popstate', listener);
    removeEventListener('single-spa:routing-event', listener);
  };
}

/**
 * Navigation on the page's own URL (the shell, the dev harness): opens routes, parks payloads for the
 * module that owns the route, which takes them once (a reload does not replay a sent, pre-filled form).
 */
export function createNavigator({ go }: BrowserNavigatorOptions): Navigator {
  const payloads = createPayloadBox();
  let cached: ModuleLocation | undefined;
  const notifyLocal = () => dispatchEvent(new PopStateEvent('popstate', { state: history.state }));
  return {
    navigate(route, payload, search) {
      payloads.park(route, payload);
      go(withSearch(route, search));
    },
    takePayload: payloads.take,
    location() {
      const { pathname, search } = globalThis.location;
      // Same object while unchanged, so React's useSyncExternalStore sees a stable snapshot.
      if (cached?.pathname !== pathname || cached.search !== search) cached = { pathname, search };
      return cached;
    },
    push(path) {
      go(path);
    },
    replaceSearch(search) {
      const url = new URL(globalThis.location.href);
      url.search = search;
      history.replaceState(history.state, '', url);
      notifyLocal();
    },
    subscribe: subscribeToBrowserLocation,
  };
}

interface MemoryNavigatorOptions {
  initial: ModuleLocation;
  /** Does this path belong to the embedded module (stays in memory) or lead elsewhere? */
  owns(pathname: string): boolean;
  /** A navigation out of the module: the embedding page decides what to do. */
  leave(url: string, route: SuiteRoute, payload: unknown): void;
}

/**
 * Navigation for a module embedded in another site: its location lives in memory, so it never
 * touches the host page's address or history; leaving the module is handed to the host page.
 */
export function createMemoryNavigator({ initial, owns, leave }: MemoryNavigatorOptions): Navigator {
  const payloads = createPayloadBox();
  const listeners = new Set<() => void>();
  let current: ModuleLocation = { ...initial };
  const set = (next: ModuleLocation) => {
    current = next;
    for (const listener of [...listeners]) listener();
  };
  const open = (url: string) => {
    const parsed = new URL(url, 'http://module.invalid');
    set({ pathname: parsed.pathname, search: parsed.search });
  };
  return {
    navigate(route, payload, search) {
      const url = withSearch(route, search);
      if (!owns(route)) return leave(url, route, payload);
      payloads.park(route, payload);
      open(url);
    },
    takePayload: payloads.take,
    location: () => current,
    push(path) {
      const { pathname } = new URL(path, 'http://module.invalid');
      if (owns(pathname)) open(path);
      else leave(path, pathname as SuiteRoute, undefined);
    },
    replaceSearch(search) {
      set({ pathname: current.pathname, search: search && !search.startsWith('?') ? `?${search}` : search });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
