import { lazy } from 'react';
import { defineModule } from '@sw/module-kit';
import { serviceTimesDefinition } from './definition.ts';

export const { bootstrap, mount, unmount, update } = defineModule({
  ...serviceTimesDefinition,
  App: lazy(() => import('./routes.tsx')),
});
