import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReleaseManifest, ReleaseModule } from '@sw/contracts';
import { mfManifestSchema, preloadHints, type MfManifest, type PreloadHint } from '@sw/release';

/**
 * The preloads of each portal page, from the live release and the federation manifests in the CDN
 * folder (read once per version: a deployed version never changes).
 */
export function modulePreloads(
  cdnDir: string,
  live: () => ReleaseManifest | undefined,
): (pathname: string) => PreloadHint[] {
  const manifests = new Map<string, MfManifest | undefined>();
  const mfManifestOf = (module: ReleaseModule) => {
    const { pathname } = new URL(module.entry);
    if (!pathname.endsWith('.json')) return undefined;
    if (!manifests.has(pathname)) {
      const file = join(cdnDir, decodeURIComponent(pathname));
      const parsed = existsSync(file) ? mfManifestSchema.safeParse(JSON.parse(readFileSync(file, 'utf8'))) : undefined;
      manifests.set(pathname, parsed?.success ? parsed.data : undefined);
    }
    return manifests.get(pathname);
  };
  return (pathname) => {
    const manifest = live();
    return manifest ? preloadHints(manifest, pathname, mfManifestOf) : [];
  };
}
