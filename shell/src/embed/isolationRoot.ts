import type { ModuleIsolation } from '@sw/contracts';
import panelsCss from '../panels.css?inline';

/**
 * Inside the shadow root. The page's rules cannot select our elements, but inherited properties
 * (font, colour, line height, even `!important` ones on the custom element) flow in through the host
 * element: `all: initial` on our own roots stops them there. Popups get a layer above the module.
 */
const BASE_CSS = `
:host { display: block; position: relative; }
:host([hidden]) { display: none; }
.sw-embed-root, .sw-embed-popups { all: initial; display: block; box-sizing: border-box;
  font-family: -apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
  font-size: 14px; line-height: 1.5715; color: rgba(0, 0, 0, 0.88); text-align: start; }
.sw-embed-popups { position: absolute; inset: 0 auto auto 0; width: 100%; z-index: 1050; }
${panelsCss}`;

export interface MountPoint {
  /** Where the module renders. */
  container: HTMLElement;
  isolation?: ModuleIsolation;
  /** Removes everything the mount point added. */
  dispose(): void;
}

/** A Shadow DOM (default) or plain container inside the element, ready for one module. */
export function createMountPoint(
  element: HTMLElement,
  { shadow, nonce }: { shadow: boolean; nonce?: string },
): MountPoint {
  const container = document.createElement('div');
  container.className = 'sw-embed-root';
  if (!shadow) {
    element.append(container);
    return { container, dispose: () => container.remove() };
  }
  const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  // A constructed sheet needs no <style> element, so no nonce and nothing for a strict CSP to refuse.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(BASE_CSS);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  const popups = document.createElement('div');
  popups.className = 'sw-embed-popups';
  root.append(container, popups);
  return {
    container,
    isolation: { styleContainer: root, popupContainer: popups, ...(nonce ? { nonce } : {}) },
    dispose() {
      root.replaceChildren(); // the module's styles live in here too
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}
