import type { ModuleHost, ReleaseManifest } from '@sw/contracts';
import { renderNotFound } from './panels.ts';
import { routeMatches } from './routes.ts';

/** Shows a not-found panel in the main slot when no application of the release owns the path. */
export function watchNotFound(manifest: ReleaseManifest, host: ModuleHost, main: HTMLElement): void {
  const routes = manifest.modules.flatMap((m) => m.apps.flatMap((a) => (a.route ? [a.route] : [])));
  const container = document.createElement('div');
  container.dataset.swApp = 'not-found';
  main.append(container);
  const update = () => {
    if (routes.some((route) => routeMatches(route, location.pathname))) container.replaceChildren();
    else renderNotFound(container, host.locale.get());
  };
  addEventListener('single-spa:routing-event', update);
  host.locale.subscribe(update);
}
