import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { federation } from '@module-federation/vite';
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';
import { antdComponentImports } from './antdComponentImports.ts';
import { PAGE_RUNTIME } from './federation.ts';
import { pageLibraries } from './pageLibrariesPlugin.ts';

export interface ModuleViteOptions {
  /** The federated container's name (a JS identifier), e.g. `sw_fee_directory`. */
  remoteName: string;
  /** Port of the module's own dev server and preview; every module has its own origin. */
  port: number;
  /** What the module exposes; every module exposes `./lifecycles`. */
  exposes: Record<string, string>;
}

const require = createRequire(import.meta.url);

/** Serves msw's worker script at the harness origin in dev (it must come from the page's origin). */
function mockServiceWorker(): Plugin {
  const file = require.resolve('msw/mockServiceWorker.js');
  return {
    name: 'sw:mock-service-worker',
    configureServer(server) {
      server.middlewares.use('/mockServiceWorker.js', (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript');
        res.end(readFileSync(file));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'mockServiceWorker.js', source: readFileSync(file) });
    },
  };
}

/**
 * The one Vite config every module uses: React, Module Federation with the suite's shared
 * singletons, its own port with CORS (the shell loads it cross-origin) and relative asset URLs so
 * a build can be served from any versioned folder.
 */
export function defineModuleConfig({ remoteName, port, exposes }: ModuleViteOptions): UserConfig {
  return {
    base: './',
    plugins: [
      antdComponentImports(),
      pageLibraries({ provide: 'imported' }),
      react(),
      federation({
        name: remoteName,
        filename: 'remoteEntry.js',
        manifest: true,
        exposes,
        // Shared libraries are the page's (pageLibraries), not negotiated by the federation runtime,
        // and so is the runtime itself: imported by name, one copy for the shell and every module.
        shared: {},
        implementation: PAGE_RUNTIME,
        shareStrategy: 'loaded-first',
        dts: false,
        dev: { remoteHmr: true },
      }),
      mockServiceWorker(),
    ],
    server: { port, strictPort: true, cors: true, origin: `http://localhost:${port}` },
    preview: { port, strictPort: true, cors: true },
    build: { target: 'es2022', sourcemap: true },
    test: {
      environment: 'happy-dom',
      setupFiles: [require.resolve('./testing/setup.ts')],
    },
  } as UserConfig;
}
