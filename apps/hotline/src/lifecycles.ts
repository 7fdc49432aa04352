import { lazy } from 'react';
import { defineModule } from '@sw/module-kit';
import { hotlineDefinition } from './definition.ts';

export const { bootstrap, mount, unmount, update } = defineModule({
  ...hotlineDefinition,
  App: lazy(() => import('./routes.tsx')),
});
