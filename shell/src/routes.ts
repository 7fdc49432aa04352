import type { ReleaseApp } from '@sw/contracts';

/** Is a route application active at this path? `/` matches only itself; `/fees` also `/fees/…`. */
export function routeMatches(route: string, pathname: string): boolean {
  if (route === '/') return pathname === '/' || pathname === '';
  return pathname === route || pathname.startsWith(`${route}/`);
}

export function activityFor(app: ReleaseApp): (location: Location) => boolean {
  const { route } = app;
  return route === undefined ? () => true : (location) => routeMatches(route, location.pathname);
}

/** The single-spa application name: the module's name, plus the expose for secondary apps. */
export function appName(moduleName: string, expose: string): string {
  return expose === './lifecycles' ? moduleName : `${moduleName}:${expose.replace(/^\.\//, '')}`;
}
