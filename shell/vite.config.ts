import { defineConfig } from 'vitest/config';
import { pageLibraries } from '@sw/module-kit/page-libraries';
import { preloadLazyChunk } from './build/preloadLazyChunk.ts';

// The shell is plain TypeScript: no framework plugin, no federation plugin (it uses the runtime).
// Two entries: the portal page (index.html) and sw-embed.js, the loader for other sites, under a
// fixed name so host pages can reference it.
export default defineConfig({
  plugins: [
    // The portal's import map points every module at these: one copy of each library per page.
    pageLibraries({ provide: 'all' }),
    // The federation runtime's chunk downloads beside the entry, not after it has run.
    preloadLazyChunk('src/federation.ts'),
  ],
  server: { port: 4100, strictPort: true },
  preview: { port: 4100, strictPort: true },
  // The federation runtime checks this at build time: 'web' drops its Node script loaders (the
  // shell only ever runs in a browser; it picks the DOM loaders there at runtime anyway).
  define: { ENV_TARGET: JSON.stringify('web') },
  build: {
    target: 'es2022',
    // lib-core (the page libraries every page loads, ~900 KB before gzip) is one file on purpose.
    chunkSizeWarningLimit: 1000,
    sourcemap: true,
    rolldownOptions: {
      // React's "use client" markers in antd and TanStack Query mean nothing in a browser bundle
      // (@vitejs/plugin-react drops this warning in the modules' builds the same way).
      onLog(level, log, handler) {
        if (log.code !== 'MODULE_LEVEL_DIRECTIVE') handler(level, log);
      },
      input: { main: 'index.html', 'sw-embed': 'src/embed/main.ts' },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'sw-embed' ? 'sw-embed.js' : 'assets/[name]-[hash].js'),
      },
    },
  },
  test: { environment: 'happy-dom' },
});
