import { defineConfig, type UserConfig } from 'vite';
import { defineModuleConfig } from '@sw/module-kit/vite';
import pkg from './package.json' with { type: 'json' };

const base = defineModuleConfig({
  remoteName: pkg.swModule.remoteName,
  port: pkg.swModule.port,
  exposes: { './lifecycles': './src/lifecycles.ts' },
});

const baseTest = (base as { test?: { setupFiles?: string[] } }).test ?? {};

export default defineConfig({
  ...base,
  // antd pages render slowly in happy-dom, more so on a busy machine: generous limits, same assertions.
  test: {
    ...baseTest,
    setupFiles: [...(baseTest.setupFiles ?? []), './src/testing/setup.ts'],
    testTimeout: 30_000,
  },
} as UserConfig);
