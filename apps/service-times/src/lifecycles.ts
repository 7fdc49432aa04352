import { defineModule, lazyApp } from '@sw/module-kit';
import { serviceTimesDefinition } from './definition.ts';
import { prefetchPage } from './routing/prefetchPage.ts';

export const { bootstrap, mount, unmount, update } = defineModule({
  ...serviceTimesDefinition,
  App: lazyApp(() => import('./routes.tsx')),
  prefetch: prefetchPage,
});
