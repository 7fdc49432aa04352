// The monolith baseline's entry: the portal's own boot, with the release built in and every
// module's lifecycles bundled (see ../vite.config.ts).
import { startPortal } from '@sw/shell/startPortal';
import { bundledLoader } from './bundledLoader.ts';
import { loaders, manifest } from 'virtual:sw-monolith-release';

void startPortal({
  release: async () => ({
    manifest: { ...manifest, apiBaseUrl: new URL(manifest.apiBaseUrl, location.href).href },
    overrides: [],
  }),
  createLoader: () => bundledLoader(loaders),
});
