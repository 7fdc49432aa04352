import { start } from 'single-spa';
import type { ModuleHost, ReleaseManifest } from '@sw/contracts';
import { createLocaleStore } from '@sw/i18n';
import type { ModuleLoader } from './federation.ts';

export type { ModuleLoader };
import { createShellHost } from './host.ts';
import { ManifestError } from './manifest.ts';
import { watchNotFound } from './notFound.ts';
import { renderManifestErrorPage } from './panels.ts';
import { registerModules } from './registerModules.ts';
import type { BrowserRelease } from './variants.ts';

export interface PortalOptions {
  /** The release this page runs: fetched and validated by the portal; built in by the monolith baseline. */
  release(): Promise<BrowserRelease>;
  /** Loads each module's exposed lifecycles: Module Federation in the portal, bundled imports in the baseline. */
  createLoader(manifest: ReleaseManifest): ModuleLoader;
}

function slot(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the shell page lacks #${id}`);
  return element;
}

/** Moves focus and scroll to the new content after an in-page navigation (screen readers, keyboards). */
function focusMainOnPageChange(main: HTMLElement): void {
  let first = true;
  // Only a change of page does: a module keeping its filters in the query string (replaceSearch) must
  // not pull the focus out of the search box the user is typing in.
  let lastPathname = location.pathname;
  addEventListener('single-spa:routing-event', () => {
    if (!first && location.pathname !== lastPathname) {
      main.focus({ preventScroll: true });
      scrollTo({ top: 0 });
    }
    first = false;
    lastPathname = location.pathname;
  });
}

/**
 * Boots the portal page (index.html's slots): the release, the host, every application registered
 * with single-spa, the not-found panel. A release that cannot be read shows an error page instead.
 */
export async function startPortal({ release, createLoader }: PortalOptions): Promise<ModuleHost | undefined> {
  let running: BrowserRelease;
  try {
    running = await release();
  } catch (error) {
    const locale = createLocaleStore({ storage: localStorage, location, preferred: navigator.languages }).get();
    document.documentElement.lang = locale;
    const issues = error instanceof ManifestError ? [error.message, ...error.issues] : [String(error)];
    console.error('[single-window] release manifest rejected:', issues.join('\n'));
    renderManifestErrorPage(slot('sw-page'), locale, issues);
    return undefined;
  }
  const { manifest, overrides } = running;
  const host = createShellHost(manifest);
  if (overrides.length) {
    const { showOverridesBanner } = await import('./overridesBanner.ts');
    showOverridesBanner(slot('sw-page'), host.locale, overrides);
  }
  const main = slot('sw-main');
  registerModules({
    manifest,
    loader: createLoader(manifest),
    host,
    slots: { header: slot('sw-slot-header'), main, footer: slot('sw-slot-footer') },
  });
  watchNotFound(manifest, host, main);
  focusMainOnPageChange(main);
  start({ urlRerouteOnly: true });
  return host;
}
