import { createLazyModuleLoader, preloadFederation } from './lazyFederation.ts';
import { loadReleaseManifest, releaseUrl } from './manifest.ts';
import { startPortal } from './startPortal.ts';
import { releaseForThisBrowser } from './variants.ts';

// The federation runtime downloads while the release manifest is fetched and checked.
void preloadFederation();
void startPortal({
  release: async () => releaseForThisBrowser(await loadReleaseManifest(releaseUrl())),
  createLoader: (manifest) => createLazyModuleLoader(manifest),
});
