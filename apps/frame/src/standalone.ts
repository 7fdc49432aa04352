// Dev harness: `pnpm --filter @sw/frame dev` shows the header, landing page and footer alone, with the
// portal API (the header's demo sign-in) answered by msw in the browser.
import { startStandalone } from '@sw/module-kit';
import pkg from '../package.json' with { type: 'json' };

void startStandalone({
  name: 'frame',
  version: pkg.version,
  routes: ['/'],
  apps: [() => import('./header.ts'), () => import('./landing.ts'), () => import('./footer.ts')],
  startMocks: () => import('@sw/mocks/browser').then((m) => m.startMockWorker()),
});
