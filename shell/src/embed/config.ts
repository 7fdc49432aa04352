import type { Locale, NavigationPayloads, SuiteRoute } from '@sw/contracts';

export interface NavigateRequest {
  route: SuiteRoute;
  /** The portal page for that route (absolute URL), for hosts that simply link there. */
  url: string;
  payload: NavigationPayloads[SuiteRoute];
}

/** What the embedding page may set once for every module it mounts (`SingleWindowSuite.configure`). */
export interface EmbedConfig {
  /** The release manifest; default: `/release.json` on the origin sw-embed.js came from. */
  releaseUrl: string;
  /** The host site's bearer token for the portal API (undefined: the anonymous public). */
  getToken?: () => Promise<string | undefined> | string | undefined;
  /**
   * A module opens another module (e.g. "report this charge"). Default: go to the portal's page for
   * that route. Return nothing; the page decides (open a dialog, mount another module…).
   */
  onNavigate?: (request: NavigateRequest) => void;
  /** CSP nonce for the style elements modules inject (default: the nonce of the sw-embed.js script tag). */
  nonce?: string;
  /** Default language when an element has no `lang` (default: the page's `<html lang>`). */
  locale?: Locale;
}

const scriptUrl = new URL(import.meta.url);

/** Where sw-embed.js came from: the portal, which also serves the manifest and the API. */
export const PORTAL_ORIGIN = scriptUrl.origin;

function scriptNonce(): string | undefined {
  const tag = [...document.querySelectorAll<HTMLScriptElement>('script[src]')].find(
    (s) => s.src.split('?')[0] === scriptUrl.href.split('?')[0],
  );
  return tag?.nonce || undefined;
}

let config: EmbedConfig = { releaseUrl: new URL('/release.json', PORTAL_ORIGIN).href, nonce: scriptNonce() };

export function configure(next: Partial<EmbedConfig>): EmbedConfig {
  config = { ...config, ...next };
  return config;
}

export function currentConfig(): EmbedConfig {
  return config;
}
