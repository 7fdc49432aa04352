import { defineModule, lazyApp } from '@sw/module-kit';
import { releaseConsoleDefinition } from './definition.ts';

// No prefetch: every read here needs a signed-in release manager, and the console is a tool for a
// few people, not a page traders wait for. The routes still load before the first render.
export const { bootstrap, mount, unmount, update } = defineModule({
  ...releaseConsoleDefinition,
  App: lazyApp(() => import('./routes.tsx')),
});
