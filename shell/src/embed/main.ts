// sw-embed.js: drops suite modules into another site (the legacy single-window portal).
// Adds one global, `SingleWindowSuite`, and the `<sw-module>` element; see docs/embedding.md.
import type { Locale } from '@sw/contracts';
import { configure } from './config.ts';
import { liveMounts, mountModule } from './mountModule.ts';
import { SwModuleElement } from './SwModuleElement.ts';

const api = {
  configure,
  mount: mountModule,
  /** Switches every module mounted on the page to a language, live. */
  setLocale(locale: Locale) {
    for (const mounted of liveMounts) mounted.setLocale(locale);
  },
};

declare global {
  interface Window {
    SingleWindowSuite?: typeof api;
  }
}

if (!window.SingleWindowSuite) {
  window.SingleWindowSuite = api;
  if (!customElements.get('sw-module')) customElements.define('sw-module', SwModuleElement);
  document.dispatchEvent(new CustomEvent('sw:ready'));
}
