// No imports: the shell's browser bundle uses this file too (`@sw/release/routes`).

/** Is a route application active at this path? `/` matches only itself; `/fees` also `/fees/…`. */
export function routeMatches(route: string, pathname: string): boolean {
  if (route === '/') return pathname === '/' || pathname === '';
  return pathname === route || pathname.startsWith(`${route}/`);
}
