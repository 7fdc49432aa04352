import { defineConfig } from 'vitest/config';

// The shell is plain TypeScript: no framework plugin, no federation plugin (it uses the runtime).
// Two entries: the portal page (index.html) and sw-embed.js, the loader for other sites, under a
// fixed name so host pages can reference it.
export default defineConfig({
  server: { port: 4100, strictPort: true },
  preview: { port: 4100, strictPort: true },
  // The federation runtime checks this at build time: 'web' drops its Node script loaders (the
  // shell only ever runs in a browser; it picks the DOM loaders there at runtime anyway).
  define: { ENV_TARGET: JSON.stringify('web') },
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      input: { main: 'index.html', 'sw-embed': 'src/embed/main.ts' },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'sw-embed' ? 'sw-embed.js' : 'assets/[name]-[hash].js'),
      },
    },
  },
  test: { environment: 'happy-dom' },
});
