import { lazy } from 'react';
import { defineModule } from '@sw/module-kit';
import { usageMeterDefinition } from './definition.ts';

export const { bootstrap, mount, unmount, update } = defineModule({
  ...usageMeterDefinition,
  App: lazy(() => import('./routes.tsx')),
});
