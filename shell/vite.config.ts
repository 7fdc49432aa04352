import { defineConfig } from 'vitest/config';

// The shell is plain TypeScript: no framework plugin, no federation plugin (it uses the runtime).
export default defineConfig({
  server: { port: 4100, strictPort: true },
  preview: { port: 4100, strictPort: true },
  build: { target: 'es2022', sourcemap: true },
  test: { environment: 'happy-dom' },
});
