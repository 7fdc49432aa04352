import { lazy } from 'react';
import { defineModule } from '@sw/module-kit';
import { clearanceGuideDefinition } from './definition.ts';

export const { bootstrap, mount, unmount, update } = defineModule({
  ...clearanceGuideDefinition,
  App: lazy(() => import('./routes.tsx')),
});
