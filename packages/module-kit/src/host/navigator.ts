import type { NavigationPayloads, Navigator, SuiteRoute } from '@sw/contracts';

interface NavigatorOptions {
  /** Changes the URL; the shell uses single-spa's navigateToUrl, the harness history.pushState. */
  go(url: string): void;
}

/**
 * Cross-module navigation: opens a route and parks a payload for the module that owns it, which
 * takes it once (a reload does not replay a pre-filled form a user already sent).
 */
export function createNavigator({ go }: NavigatorOptions): Navigator {
  const pending = new Map<SuiteRoute, unknown>();
  return {
    navigate(route, payload, search) {
      if (payload !== undefined) pending.set(route, payload);
      else pending.delete(route);
      go(`${route}${search ? `?${search.replace(/^\?/, '')}` : ''}`);
    },
    takePayload<R extends SuiteRoute>(route: R) {
      const payload = pending.get(route) as NavigationPayloads[R] | undefined;
      pending.delete(route);
      return payload;
    },
  };
}
