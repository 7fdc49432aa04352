import { defineModule, lazyApp } from '@sw/module-kit';
import { clearanceGuideDefinition } from './definition.ts';
import { prefetchPage } from './routing/prefetchPage.ts';

export const { bootstrap, mount, unmount, update } = defineModule({
  ...clearanceGuideDefinition,
  App: lazyApp(() => import('./routes.tsx')),
  prefetch: prefetchPage,
});
