// Dev harness: `pnpm --filter @sw/usage-meter dev` runs the module alone on http://localhost:4106/usage,
// with the portal API answered by msw in the browser (sign in as the demo admin to try uploads).
import { startStandalone } from '@sw/module-kit';
import pkg from '../package.json' with { type: 'json' };

void startStandalone({
  name: 'usage-meter',
  version: pkg.version,
  routes: pkg.swModule.apps.map((app) => app.route),
  apps: [() => import('./lifecycles.ts')],
  startMocks: () => import('@sw/mocks/browser').then((m) => m.startMockWorker()),
});
