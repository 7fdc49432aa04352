// Dev harness: `pnpm --filter @sw/hotline dev` runs the module alone on http://localhost:4105/hotline,
// with the portal API answered by msw in the browser.
import { startStandalone } from '@sw/module-kit';
import pkg from '../package.json' with { type: 'json' };

void startStandalone({
  name: 'hotline',
  version: pkg.version,
  routes: pkg.swModule.apps.map((app) => app.route),
  apps: [() => import('./lifecycles.ts')],
  startMocks: () => import('@sw/mocks/browser').then((m) => m.startMockWorker()),
});
