import { defineConfig } from 'vite';
import { defineModuleConfig } from '@sw/module-kit/vite';
import pkg from './package.json' with { type: 'json' };

export default defineConfig(
  defineModuleConfig({
    remoteName: pkg.swModule.remoteName,
    port: pkg.swModule.port,
    exposes: { './lifecycles': './src/lifecycles.ts' },
  }),
);
