import { once } from 'node:events';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';
import type { ReleaseManifest } from '@sw/contracts';
import {
  ReleaseError,
  ReleaseService,
  deployedModules,
  workspaceModules,
  type WorkspaceModule,
} from '@sw/release/node';
import { moduleCdnSite } from './cdnSite.ts';
import { cdnPageLibraries, modulePreloads } from './modulePreloads.ts';
import { pruneReleaseLibraries, releaseLibraries, type ReleasePageLibraries } from './releaseLibraries.ts';
import { prepareDataDir } from './dataDir.ts';
import { publishLocalBuilds, type LocalPublishResult } from './localRelease.ts';
import { startLocalApi } from './portalApi.ts';
import { portalApp, type ApiHandler, type ReleaseSource } from './portal.ts';

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
  /** The reference server's database (default: env DATABASE_URL, else data/portal.db). */
  databaseUrl?: string;
  /** Serve only the modules that have a build, leaving the others out of the release (working on one module). */
  onlyBuilt?: boolean;
  /** Holds releases/ and cdn/ (default: data/ at the root). */
  dataDir?: string;
  /** Start from an empty data folder (only under the temp folder: the e2e runs). */
  resetData?: boolean;
  /** Deploy the local builds and make them live when npm start manages production (default true). */
  publishLocalBuilds?: boolean;
  /** Hint each page's module files in its `<head>` (default true; off to measure what they save). */
  preloads?: boolean;
  /**
   * Give each release's modules the page libraries cut to what they import (default true; off: every
   * module uses the shell's whole libraries, to measure what the cut saves).
   */
  releaseLibraries?: boolean;
}

export interface RunningSuite {
  url: string;
  /** What answers /api, for the start-up message. */
  api: string;
  /** Every module origin, serving that module's folder of the CDN. */
  modules: Array<WorkspaceModule & { url: string }>;
  dataDir: string;
  releases: ReleaseService;
  published: LocalPublishResult | undefined;
  /** A release's own page libraries as its pages get them, once built (undefined when they are off). */
  releaseLibraries: ((manifest: ReleaseManifest) => ReleasePageLibraries | undefined) | undefined;
  close(): Promise<void>;
}

/** Serves a Hono app on a port; a clear error when the port is taken. */
export async function listen(app: Hono, port: number, hostname: string): Promise<ServerType> {
  const server = serve({ fetch: app.fetch, port, hostname });
  await Promise.race([
    once(server, 'listening'),
    once(server, 'error').then(([error]) => {
      throw new Error(`port ${port} is not free (${(error as Error).message}); stop what uses it or choose another`);
    }),
  ]);
  return server;
}

/**
 * Serves the suite as production would: the portal (shell, release manifests, /api) on one origin,
 * and each module's versions from the CDN folder on the module's own origin. Which versions the
 * portal loads is the production release's business (see localRelease.ts for what npm start does).
 */
export async function startSuite(options: SuiteOptions): Promise<RunningSuite> {
  const hostname = options.hostname ?? 'localhost';
  const offset = options.modulePortOffset ?? 0;
  const dataDir = prepareDataDir(options.root, options.dataDir, options.resetData ?? false);
  const local = workspaceModules(options.root);
  const missing = local.filter((m) => !existsSync(m.distDir));
  if (missing.length && !options.onlyBuilt) {
    throw new Error(`${missing.map((m) => m.name).join(', ')} not built: build the suite first (pnpm build)`);
  }
  const modules = local.map((m) => ({ ...m, port: m.port + offset, url: `http://${hostname}:${m.port + offset}` }));
  const origins = new Map(modules.map((m) => [m.name, m.url]));
  const releases = new ReleaseService({
    dataDir,
    // Stored entries are relative to the CDN root; each module's CDN folder is on its own origin.
    resolveEntry: (entry, module) =>
      /^https?:\/\//.test(entry) || !origins.has(module) ? entry : `${origins.get(module)}/${entry}`,
  });
  const published =
    options.publishLocalBuilds === false
      ? undefined
      : await publishLocalBuilds(
          releases,
          options.root,
          options.onlyBuilt ? local.filter((m) => !missing.includes(m)) : local,
        );
  for (const name of deployedModules(releases.cdnDir)) {
    if (!origins.has(name))
      console.warn(`  ${name} is deployed but has no folder under apps/ (no origin to serve it from)`);
  }

  const servers: ServerType[] = [];
  const api = options.api ? undefined : await startLocalApi(options.root, options.databaseUrl, releases);
  const optional = <T>(read: () => T): T | undefined => {
    try {
      return read();
    } catch (error) {
      if (error instanceof ReleaseError && error.code === 'not_found') return undefined;
      throw error;
    }
  };
  const source: ReleaseSource = {
    live: () => optional(() => releases.served('production')),
    channel: (name) =>
      name === 'staging' || name === 'production' ? optional(() => releases.served(name)) : undefined,
    release: (id) => optional(() => releases.served(id, 'pinned')),
  };
  try {
    for (const module of modules) {
      servers.push(await listen(moduleCdnSite(releases.cdnDir, module.name), module.port, hostname));
    }
    const shellDir = join(options.root, 'shell', 'dist');
    const pageLibrariesOf = cdnPageLibraries(releases.cdnDir);
    const cut = options.releaseLibraries === false ? undefined : releaseLibraries(releases.cdnDir, pageLibrariesOf);
    // The live release's own libraries are built before the first page is served (a second or so).
    // A live release the store cannot read is the pages' business: they report it (portal.ts).
    const live = (() => {
      try {
        return source.live();
      } catch {
        return undefined;
      }
    })();
    if (live && cut) await cut.ready(live);
    if (cut) pruneReleaseLibraries(cut, releases);
    const portal = portalApp({
      shellDir,
      releases: source,
      api: options.api ?? api!.handler,
      ...(cut && { releaseLibraries: { folder: releases.cdnDir, of: cut.current } }),
      ...(options.preloads !== false && {
        preloads: modulePreloads(releases.cdnDir, shellDir, pageLibrariesOf),
      }),
    });
    const portalServer = await listen(portal, options.port ?? 4100, hostname);
    servers.push(portalServer);
    const { port } = portalServer.address() as AddressInfo;
    return {
      url: `http://${hostname}:${port}/`,
      api: api?.description ?? 'custom handler',
      modules,
      dataDir,
      releases,
      published,
      releaseLibraries: cut?.current,
      close: async () => {
        await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
        await api?.close();
      },
    };
  } catch (error) {
    servers.forEach((s) => s.close());
    await api?.close();
    throw error;
  }
}
