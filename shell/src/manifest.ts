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
