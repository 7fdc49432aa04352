import { defineModule, lazyApp } from '@sw/module-kit';
import { feeDirectoryDefinition } from './definition.ts';
import { prefetchPage } from './navigation/prefetchPage.ts';

export const { bootstrap, mount, unmount, update } = defineModule({
  ...feeDirectoryDefinition,
  App: lazyApp(() => import('./routes.tsx')),
  prefetch: prefetchPage,
});
