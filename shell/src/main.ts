import { createModuleLoader } from './federation.ts';
import { loadReleaseManifest, releaseUrl } from './manifest.ts';
import { startPortal } from './startPortal.ts';
import { releaseForThisBrowser } from './variants.ts';

void startPortal({
  release: async () => releaseForThisBrowser(await loadReleaseManifest(releaseUrl())),
  createLoader: (manifest) => createModuleLoader(manifest),
});
