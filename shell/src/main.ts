import { createLazyModuleLoader, preloadFederation } from './lazyFederation.ts';
import { inlineReleaseManifest, loadReleaseManifest, releaseUrl } from './manifest.ts';
import { startPortal } from './startPortal.ts';
import { releaseForThisBrowser } from './variants.ts';

// The federation runtime downloads while the release manifest is fetched and checked.
void preloadFederation();
void startPortal({
  release: async () => {
    const url = releaseUrl();
    return releaseForThisBrowser(inlineReleaseManifest(url) ?? (await loadReleaseManifest(url)));
  },
  createLoader: (manifest) => createLazyModuleLoader(manifest),
});
