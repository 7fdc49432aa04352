import type { PageLibrariesFile } from '@sw/contracts/page-libraries';
import { PORTAL_ORIGIN } from './config.ts';

/** The portal's list of its page libraries (module-kit's pageLibraries plugin writes it into shell/dist). */
const PAGE_LIBRARIES_URL = new URL('/page-libraries.json', PORTAL_ORIGIN).href;
const MARKER = 'data-sw-page-libraries';

/** Per document (one in a browser; tests use several): the import map can be added only once. */
const installing = new WeakMap<Document, Promise<void>>();

/**
 * Gives the host page the import map the suite's modules need: they import React, antd's groups and
 * the federation runtime by name, from the portal's copies (one per page, as on the portal itself).
 * Done once, before the first module loads; a failed attempt is tried again by the next mount. The
 * map carries the CSP nonce of sw-embed.js, like the styles modules add. An import map added after
 * the page's first module script (sw-embed.js is one) needs "multiple import maps" (Chromium 133+);
 * see docs/embedding.md for other browsers.
 */
export function installPageLibraries(nonce: string | undefined, doc: Document = document): Promise<void> {
  if (doc.querySelector(`script[type="importmap"][${MARKER}]`)) return Promise.resolve();
  let installed = installing.get(doc);
  if (installed) return installed;
  installed = (async () => {
    const response = await fetch(PAGE_LIBRARIES_URL);
    if (!response.ok) throw new Error(`${PAGE_LIBRARIES_URL} answered ${response.status}`);
    const { libraries } = (await response.json()) as PageLibrariesFile;
    const imports = Object.fromEntries(
      Object.entries(libraries).map(([specifier, { file }]) => [specifier, new URL(file, `${PORTAL_ORIGIN}/`).href]),
    );
    const script = doc.createElement('script');
    script.type = 'importmap';
    script.setAttribute(MARKER, '');
    if (nonce) script.nonce = nonce;
    script.textContent = JSON.stringify({ imports });
    doc.head.append(script);
  })();
  installing.set(doc, installed);
  installed.catch(() => installing.delete(doc));
  return installed;
}
