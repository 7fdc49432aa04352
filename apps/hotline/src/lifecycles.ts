import { defineModule, lazyApp } from '@sw/module-kit';
import { hotlineDefinition } from './definition.ts';
import { prefetchPage } from './navigation/prefetchPage.ts';

export const { bootstrap, mount, unmount, update } = defineModule({
  ...hotlineDefinition,
  App: lazyApp(() => import('./routes.tsx')),
  prefetch: prefetchPage,
});
