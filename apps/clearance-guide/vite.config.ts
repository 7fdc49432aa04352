import { defineConfig } from 'vite';
import { defineModuleConfig } from '@sw/module-kit/vite';
import pkg from './package.json' with { type: 'json' };

const base = defineModuleConfig({
  remoteName: pkg.swModule.remoteName,
  port: pkg.swModule.port,
  exposes: { './lifecycles': './src/lifecycles.ts' },
});

export default defineConfig({
  ...base,
  // antd pages render slowly in happy-dom, more so on a busy machine: allow more than vitest's 5 s.
  test: { ...(base as { test?: object }).test, testTimeout: 20_000 },
} as typeof base);
