// The monolith baseline of `pnpm bench`: the same modules built as ONE Vite app — the shell's own
// portal code (startPortal) with every module's exposed lifecycles imported directly instead of
// through Module Federation. Same source, dependencies and versions; what differs is only what the
// federation adds (remote entries, the page's import map of shared libraries, separate builds, the
// release manifest).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { workspaceModules } from '@sw/release/node';

const root = fileURLToPath(new URL('../..', import.meta.url));
const shellDir = join(root, 'shell');
const entry = fileURLToPath(new URL('./src/main.ts', import.meta.url));
const RELEASE_ID = 'virtual:sw-monolith-release';

/** `./lifecycles` → `src/lifecycles.ts`: every module exposes `./<name>` from `src/<name>.ts(x)`. */
function exposedFile(moduleDir: string, expose: string): string {
  const base = join(moduleDir, 'src', expose.replace(/^\.\//, ''));
  const file = ['.ts', '.tsx'].map((ext) => base + ext).find((candidate) => existsSync(candidate));
  if (!file) throw new Error(`${moduleDir}: no src file for expose ${expose} (expected ${base}.ts)`);
  return file;
}

/**
 * `virtual:sw-monolith-release`: the release of the workspace's modules (as the portal's manifest
 * would list them) and one lazy import per exposed application, bundled into this app.
 */
function monolithRelease(): Plugin {
  const resolved = `\0${RELEASE_ID}`;
  return {
    name: 'sw:monolith-release',
    resolveId: (id) => (id === RELEASE_ID ? resolved : undefined),
    load(id) {
      if (id !== resolved) return undefined;
      const modules = workspaceModules(root);
      const manifest = {
        schemaVersion: 1,
        release: { id: 'monolith', createdAt: new Date(0).toISOString(), channel: 'production' },
        apiBaseUrl: '/api',
        modules: modules.map(({ name, version, remoteName, apps }) => ({
          name,
          version,
          remoteName,
          entry: `bundled:${name}`,
          apps,
        })),
      };
      const loaders = modules.flatMap((module) =>
        module.apps.map(
          (app) =>
            `  ${JSON.stringify(`${module.name}/${app.expose}`)}: () => import(${JSON.stringify(exposedFile(module.dir, app.expose))}),`,
        ),
      );
      return `export const manifest = ${JSON.stringify(manifest)};\nexport const loaders = {\n${loaders.join('\n')}\n};\n`;
    },
  };
}

/** The shell's own index.html (slots, styles, favicon), running this app's entry instead of the portal's. */
function shellPage(): Plugin {
  return {
    name: 'sw:monolith-page',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => {
        if (!html.includes('src="/src/main.ts"')) throw new Error('shell/index.html no longer loads /src/main.ts');
        return html.replace('src="/src/main.ts"', `src="/@fs${entry}"`);
      },
    },
  };
}

export default defineConfig({
  root: shellDir,
  base: '/',
  plugins: [react(), monolithRelease(), shellPage()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
  },
  preview: { port: 4180, strictPort: true },
  server: { port: 4180, strictPort: true, fs: { allow: [root] } },
});
