import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listen, portalApp, startLocalApi, startSuite, type RunningSuite } from '@sw/host';

export interface BenchServers {
  /** The suite as production serves it: portal + one origin per module, loaded through federation. */
  suite: RunningSuite;
  /** The monolith baseline on its own origin, same API behind it. */
  monolithUrl: string;
  close(): Promise<void>;
}

/**
 * Serves both variants the same way: gzip on the fly, immutable caching of hashed files, the reference
 * API in this process with a fresh in-memory database each (the demo data), on ports `4100 + offset`.
 */
export async function startBenchServers(
  root: string,
  monolithDir: string,
  offset: number,
  options: { preloads?: boolean; releaseLibraries?: boolean } = {},
): Promise<BenchServers> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sw-bench-'));
  const suite = await startSuite({
    root,
    port: 4100 + offset,
    modulePortOffset: offset,
    dataDir,
    resetData: true,
    databaseUrl: ':memory:',
    preloads: options.preloads ?? true,
    releaseLibraries: options.releaseLibraries ?? true,
  });
  const api = await startLocalApi(root, ':memory:');
  const monolithPort = 4190 + offset;
  const monolith = await listen(
    portalApp({
      shellDir: monolithDir,
      // The monolith has its release built in: it never asks for a manifest.
      releases: { live: () => undefined, channel: () => undefined, release: () => undefined },
      api: api.handler,
    }),
    monolithPort,
    'localhost',
  );
  return {
    suite,
    monolithUrl: `http://localhost:${monolithPort}/`,
    close: async () => {
      await new Promise((resolve) => monolith.close(resolve));
      await api.close();
      await suite.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
