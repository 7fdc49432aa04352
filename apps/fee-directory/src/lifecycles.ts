import { lazy } from 'react';
import { defineModule } from '@sw/module-kit';
import { feeDirectoryDefinition } from './definition.ts';

export const { bootstrap, mount, unmount, update } = defineModule({
  ...feeDirectoryDefinition,
  App: lazy(() => import('./routes.tsx')),
});
