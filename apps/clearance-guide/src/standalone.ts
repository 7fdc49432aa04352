// Dev harness: `pnpm --filter @sw/clearance-guide dev` runs the module alone on http://localhost:4103/clearance,
// with the portal API answered by msw in the browser (sign in as a demo agency operator or admin from the bar).
import { startStandalone } from '@sw/module-kit';
import pkg from '../package.json' with { type: 'json' };

void startStandalone({
  name: 'clearance-guide',
  version: pkg.version,
  routes: pkg.swModule.apps.map((app) => app.route),
  apps: [() => import('./lifecycles.ts')],
  startMocks: () => import('@sw/mocks/browser').then((m) => m.startMockWorker()),
});
