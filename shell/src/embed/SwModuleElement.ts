import { matchLocale } from '@sw/i18n';
import { mountModule, type MountedModule } from './mountModule.ts';

/**
 * `<sw-module name="fee-directory" lang="zh-CN" [shadow="false"] [path="/fees?q=pilotage"]>`:
 * mounts a suite module where it stands; changing `lang` switches its language live; removing the
 * element unmounts the module and everything it added.
 */
export class SwModuleElement extends HTMLElement {
  static observedAttributes = ['name', 'lang', 'path', 'shadow'];
  #mounted: MountedModule | undefined;

  connectedCallback() {
    this.#mount();
  }

  disconnectedCallback() {
    void this.#mounted?.();
    this.#mounted = undefined;
  }

  attributeChangedCallback(attribute: string, previous: string | null, value: string | null) {
    if (!this.isConnected || previous === value || !this.#mounted) return;
    const locale = matchLocale(value);
    if (attribute === 'lang' && locale) return this.#mounted.setLocale(locale);
    // Another module, path or isolation mode: start again.
    void this.#mounted();
    this.#mount();
  }

  #mount() {
    const module = this.getAttribute('name');
    if (!module) {
      console.error('[single-window] <sw-module> needs a name attribute, e.g. name="fee-directory"');
      return;
    }
    this.#mounted = mountModule(this, {
      module,
      locale: matchLocale(this.getAttribute('lang')),
      shadow: this.getAttribute('shadow') !== 'false',
      path: this.getAttribute('path') ?? undefined,
    });
  }
}
