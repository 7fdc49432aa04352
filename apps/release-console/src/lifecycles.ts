import { lazy } from 'react';
import { defineModule } from '@sw/module-kit';
import { releaseConsoleDefinition } from './definition.ts';

export const { bootstrap, mount, unmount, update } = defineModule({
  ...releaseConsoleDefinition,
  App: lazy(() => import('./routes.tsx')),
});
