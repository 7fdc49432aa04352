import type { ReleaseApp } from '@sw/contracts';
// The same rule the portal uses to preload a page's modules (packages/release/src/preloads.ts).
import { routeMatches } from '@sw/release/routes';

export { routeMatches };

export function activityFor(app: ReleaseApp): (location: Location) => boolean {
  const { route } = app;
  return route === undefined ? () => true : (location) => routeMatches(route, location.pathname);
}

/** The single-spa application name: the module's name, plus the expose for secondary apps. */
export function appName(moduleName: string, expose: string): string {
  return expose === './lifecycles' ? moduleName : `${moduleName}:${expose.replace(/^\.\//, '')}`;
}
