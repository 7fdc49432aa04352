// The release entry only: the shell must not carry every schema of the suite.
import { parseReleaseManifest, type ReleaseManifest } from '@sw/contracts/release';

export class ManifestError extends Error {
  override readonly name = 'ManifestError';
  constructor(
    message: string,
    readonly issues: string[] = [],
  ) {
    super(message);
  }
}

/** The manifest URL from `<meta name="sw-release-url">`, so a host page can point elsewhere. */
export function releaseUrl(doc: Document = document): string {
  return doc.querySelector<HTMLMetaElement>('meta[name="sw-release-url"]')?.content || '/release.json';
}

/** The id of the `<script type="application/json">` in which the portal inlines its live release. */
export const INLINE_RELEASE_ID = 'sw-release';

/**
 * The release the portal put in the page for the manifest URL the page names (saves fetching it: one
 * round trip less before any module can load), validated like a fetched one; undefined when the page
 * has none, so the caller fetches it.
 */
export function inlineReleaseManifest(url: string, doc: Document = document): ReleaseManifest | undefined {
  const script = doc.getElementById(INLINE_RELEASE_ID);
  if (!script || script.getAttribute('data-url') !== url) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(script.textContent ?? '');
  } catch {
    throw new ManifestError(`the release manifest inlined for ${url} is not JSON`);
  }
  return acceptManifest(json, url);
}

/** Fetches and validates the release manifest; never returns anything the schema rejects. */
export async function loadReleaseManifest(url: string, fetchImpl: typeof fetch = fetch): Promise<ReleaseManifest> {
  let response: Response;
  try {
    // A release can change at any time: always revalidate, the file is tiny.
    response = await fetchImpl(url, { cache: 'no-cache', headers: { Accept: 'application/json' } });
  } catch (error) {
    throw new ManifestError(`the release manifest ${url} could not be fetched`, [String(error)]);
  }
  if (!response.ok) throw new ManifestError(`the release manifest ${url} answered HTTP ${response.status}`);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new ManifestError(`the release manifest ${url} is not JSON`);
  }
  return acceptManifest(json, url);
}

/** Validates a manifest read from `url` and makes its URLs absolute. */
function acceptManifest(json: unknown, url: string): ReleaseManifest {
  const parsed = parseReleaseManifest(json);
  if (!parsed.ok) throw new ManifestError(`the release manifest ${url} is not valid`, parsed.issues);
  // Entries may be relative to the manifest's own URL.
  const base = new URL(url, location.href);
  return {
    ...parsed.manifest,
    // Absolute, so a page on another origin (the legacy site) reaches the portal's API too.
    apiBaseUrl: new URL(parsed.manifest.apiBaseUrl, base).href.replace(/\/$/, ''),
    modules: parsed.manifest.modules.map((m) => ({ ...m, entry: new URL(m.entry, base).href })),
  };
}
