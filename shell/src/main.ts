import { start } from 'single-spa';
import { createLocaleStore } from '@sw/i18n';
import { createModuleLoader } from './federation.ts';
import { createShellHost } from './host.ts';
import { loadReleaseManifest, ManifestError, releaseUrl } from './manifest.ts';
import { watchNotFound } from './notFound.ts';
import { renderManifestErrorPage } from './panels.ts';
import { registerModules } from './registerModules.ts';
import { releaseForThisBrowser } from './variants.ts';

function slot(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the shell page lacks #${id}`);
  return element;
}

async function boot() {
  let manifest;
  try {
    manifest = await loadReleaseManifest(releaseUrl());
  } catch (error) {
    const locale = createLocaleStore({ storage: localStorage, location, preferred: navigator.languages }).get();
    document.documentElement.lang = locale;
    const issues = error instanceof ManifestError ? [error.message, ...error.issues] : [String(error)];
    console.error('[single-window] release manifest rejected:', issues.join('\n'));
    renderManifestErrorPage(slot('sw-page'), locale, issues);
    return;
  }
  const browser = await releaseForThisBrowser(manifest);
  manifest = browser.manifest;
  const host = createShellHost(manifest);
  if (browser.overrides.length) {
    const { showOverridesBanner } = await import('./overridesBanner.ts');
    showOverridesBanner(slot('sw-page'), host.locale, browser.overrides);
  }
  const main = slot('sw-main');
  registerModules({
    manifest,
    loader: createModuleLoader(manifest),
    host,
    slots: { header: slot('sw-slot-header'), main, footer: slot('sw-slot-footer') },
  });
  watchNotFound(manifest, host, main);
  // After an in-page navigation, move focus and scroll to the new content (screen readers, keyboards).
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
  start({ urlRerouteOnly: true });
}

void boot();
