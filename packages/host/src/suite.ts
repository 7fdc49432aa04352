import { once } from 'node:events';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';
import { composeLocalRelease } from './release.ts';
import { discoverModules, type LocalModule } from './modules.ts';
import { startLocalApi } from './portalApi.ts';
import { portalApp, type ApiHandler } from './portal.ts';
import { staticSite } from './staticSite.ts';

export interface SuiteOptions {
  /** The repository root (holds shell/ and apps/). */
  root: string;
  /** Portal port (the contract: 4100, or env PORT). Modules use their own ports from package.json. */
  port?: number;
  /** Added to every module's own port, so a second suite (e.g. the e2e run) can run beside npm start. */
  modulePortOffset?: number;
  hostname?: string;
  /** Answers /api; default: the reference server in this process (see portalApi.ts). */
  api?: ApiHandler;
  /** Serve only the modules that have a build, leaving the others out of the release (working on one module). */
  onlyBuilt?: boolean;
}

export interface RunningSuite {
  url: string;
  /** What answers /api, for the start-up message. */
  api: string;
  modules: Array<LocalModule & { url: string }>;
  close(): Promise<void>;
}

async function listen(app: Hono, port: number, hostname: string): Promise<ServerType> {
  const server = serve({ fetch: app.fetch, port, hostname });
  await Promise.race([
    once(server, 'listening'),
    once(server, 'error').then(([error]) => {
      throw new Error(`port ${port} is not free (${(error as Error).message}); stop what uses it or choose another`);
    }),
  ]);
  return server;
}

/** Serves a built suite: the portal on one origin, every module on its own origin. */
export async function startSuite(options: SuiteOptions): Promise<RunningSuite> {
  const hostname = options.hostname ?? 'localhost';
  const offset = options.modulePortOffset ?? 0;
  const modules = discoverModules(options.root)
    .filter((m) => !options.onlyBuilt || existsSync(m.distDir))
    .map((m) => ({
    ...m,
    port: m.port + offset,
    url: `http://${hostname}:${m.port + offset}`,
  }));
  const servers: ServerType[] = [];
  const local = options.api ? undefined : await startLocalApi(options.root);
  try {
    for (const module of modules) {
      servers.push(await listen(staticSite(module.distDir, { cors: true }), module.port, hostname));
    }
    const byName = new Map(modules.map((m) => [m.name, m.url]));
    const release = composeLocalRelease(modules, (m) => byName.get(m.name)!);
    const portal = portalApp({
      shellDir: join(options.root, 'shell', 'dist'),
      release: () => release,
      api: options.api ?? local!.handler,
    });
    const portalServer = await listen(portal, options.port ?? 4100, hostname);
    servers.push(portalServer);
    const { port } = portalServer.address() as AddressInfo;
    return {
      url: `http://${hostname}:${port}/`,
      api: local?.description ?? 'custom handler',
      modules,
      close: async () => {
        await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
        await local?.close();
      },
    };
  } catch (error) {
    servers.forEach((s) => s.close());
    await local?.close();
    throw error;
  }
}
