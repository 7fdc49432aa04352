import { defineModule, lazyApp } from '@sw/module-kit';
import { usageMeterDefinition } from './definition.ts';
import { prefetchPage } from './routing/prefetchPage.ts';

export const { bootstrap, mount, unmount, update } = defineModule({
  ...usageMeterDefinition,
  App: lazyApp(() => import('./routes.tsx')),
  prefetch: prefetchPage,
});
