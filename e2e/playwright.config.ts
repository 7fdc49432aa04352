import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../scripts/lib/chromiumLaunch.mjs';
import { DATA_DIR } from './tests/support.ts';

/** E2E_PORT_OFFSET moves the portal and every module (e.g. 100: portal 4200, modules 4201…). */
const OFFSET = Number(process.env.E2E_PORT_OFFSET ?? 0);
const PORT = 4100 + OFFSET;
const LEGACY_PORT = 4190 + OFFSET;
const executablePath = chromiumExecutable();

/** End-to-end tests against the production builds, served like `npm start` serves them. */
export default defineConfig({
  testDir: './tests',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  // One retry: on a loaded 2-core machine a journey can miss a timing; a real failure fails twice.
  retries: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      // Debian's Chromium as root, on a machine with a closed network (see ARCHITECTURE.md §5).
      args: CHROMIUM_ARGS,
    },
  },
  webServer: [
    {
      command: `node ../packages/host/node_modules/tsx/dist/cli.mjs ../packages/host/src/main.ts`,
      // A fresh in-memory database per run: tests start from the demo data and leave data/ alone.
      env: {
        PORT: String(PORT),
        SW_MODULE_PORT_OFFSET: String(OFFSET),
        DATABASE_URL: ':memory:',
        SW_ONLY_BUILT: process.env.SW_ONLY_BUILT ?? '',
        // Releases and the module CDN in a throw-away folder, so promotions in tests never touch data/.
        SW_DATA_DIR: DATA_DIR,
        SW_DATA_RESET: '1',
      },
      url: `http://localhost:${PORT}/release.json`,
      reuseExistingServer: false,
      // Start-up deploys every module build to the run's CDN folder and validates the first release.
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // The legacy single-window page that embeds modules with sw-embed.js, on its own origin, strict CSP.
      command: 'node fixtures/serve-legacy.mjs',
      env: {
        LEGACY_PORT: String(LEGACY_PORT),
        PORTAL_ORIGIN: `http://localhost:${PORT}`,
        MODULE_ORIGINS: Array.from({ length: 9 }, (_, i) => `http://localhost:${4101 + i + OFFSET}`).join(' '),
      },
      url: `http://localhost:${LEGACY_PORT}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
