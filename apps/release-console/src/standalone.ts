// Dev harness: `pnpm --filter @sw/release-console dev` runs the console alone on http://localhost:4107/releases,
// with the portal API (and its demo release history) answered by msw in the browser.
import { startStandalone } from '@sw/module-kit';
import pkg from '../package.json' with { type: 'json' };

void startStandalone({
  name: 'release-console',
  version: pkg.version,
  routes: pkg.swModule.apps.map((app) => app.route),
  apps: [() => import('./lifecycles.ts')],
  startMocks: () => import('@sw/mocks/browser').then((m) => m.startMockWorker()),
});
