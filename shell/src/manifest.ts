import type { ReleaseManifest } from '@sw/contracts/release-schemas';

// The release schemas (zod/mini), loaded for a manifest fetched from a URL only: the release the
// portal inlines in its page was validated by the portal when it read it from its store.
const releaseSchemas = () => import('@sw/contracts/release');

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
 * round trip less before any module can load); undefined when the page has none, so the caller
 * fetches it. It is taken as the portal wrote it: the portal served it from its release store, which
 * validates every release it reads (a broken one is not inlined, and then the fetch reports it).
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
  return withAbsoluteUrls(json as ReleaseManifest, url);
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
  let schemas: Awaited<ReturnType<typeof releaseSchemas>>;
  try {
    schemas = await releaseSchemas();
  } catch (error) {
    throw new ManifestError(`the release manifest ${url} could not be checked`, [String(error)]);
  }
  const parsed = schemas.parseReleaseManifest(json);
  if (!parsed.ok) throw new ManifestError(`the release manifest ${url} is not valid`, parsed.issues);
  return withAbsoluteUrls(parsed.manifest, url);
}

/** The manifest read from `url` with its URLs absolute. */
function withAbsoluteUrls(manifest: ReleaseManifest, url: string): ReleaseManifest {
  // Entries may be relative to the manifest's own URL.
  const base = new URL(url, location.href);
  return {
    ...manifest,
    // Absolute, so a page on another origin (the legacy site) reaches the portal's API too.
    apiBaseUrl: new URL(manifest.apiBaseUrl, base).href.replace(/\/$/, ''),
    modules: manifest.modules.map((m) => ({ ...m, entry: new URL(m.entry, base).href })),
  };
}
