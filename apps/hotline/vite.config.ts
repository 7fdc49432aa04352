import { defineConfig, type UserConfig } from 'vite';
import { defineModuleConfig } from '@sw/module-kit/vite';
import pkg from './package.json' with { type: 'json' };

const config = defineModuleConfig({
  remoteName: pkg.swModule.remoteName,
  port: pkg.swModule.port,
  exposes: { './lifecycles': './src/lifecycles.ts' },
});

const base = config as { test?: { setupFiles?: string[] } };

export default defineConfig({
  ...config,
  // antd forms in happy-dom take a few seconds per test; async queries wait for the lazy pages.
  test: {
    ...base.test,
    setupFiles: [...(base.test?.setupFiles ?? []), './src/testing/setup.ts'],
    testTimeout: 20_000,
    // One module graph per worker (antd, the pages) instead of one per file: the files do not share
    // state (each test resets the mock API and storage), and antd's import is most of the run's time.
    isolate: false,
  },
} as UserConfig);
