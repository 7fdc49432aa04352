import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { DATA_DIR } from './support.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = `${ROOT}packages/release/node_modules/tsx/dist/cli.mjs`;
const CLI = `${ROOT}packages/release/src/cli.ts`;

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `pnpm release <args>` against this run's release history and CDN, as the single-window team would type it. */
export function release(...args: string[]): CliResult {
  const result = spawnSync(process.execPath, [TSX, CLI, ...args, '--data', DATA_DIR, '--as', 'e2e (release team)'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 170_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs a release command that must succeed; its output on failure makes the test say why. */
export function releaseOk(...args: string[]): string {
  const result = release(...args);
  if (result.status !== 0)
    throw new Error(`release ${args.join(' ')} failed (${result.status}):\n${result.stderr}${result.stdout}`);
  return result.stdout;
}

interface Manifest {
  release: { id: string };
  modules: Array<{ name: string; version: string; canary?: { version: string } }>;
}

/** A stored release (or the one on a channel), as `pnpm release show` prints it. */
export function show(ref: string): Manifest {
  return JSON.parse(releaseOk('show', ref)) as Manifest;
}

export function versionOf(ref: string, module: string): string {
  const found = show(ref).modules.find((m) => m.name === module);
  if (!found) throw new Error(`${module} is not in ${ref}`);
  return found.version;
}

/** Production's revision now (what the console shows and sends back). */
export function productionRevision(): number {
  const { channels } = JSON.parse(releaseOk('status', '--json')) as {
    channels: Array<{ channel: string; revision: number }>;
  };
  return channels.find((c) => c.channel === 'production')?.revision ?? 0;
}

/** Signs the page in as the demo administrator (the single-window team) before it loads. */
export async function signInAsAdmin(page: Page): Promise<void> {
  const response = await page.request.post('/api/dev/login', { data: { user: 'admin' } });
  const session = (await response.json()) as unknown;
  await page.addInitScript((value) => sessionStorage.setItem('sw.session', JSON.stringify(value)), session);
}

/** The canary bucket the shell computes (FNV-1a of `subject:module`, 10,000 buckets); see shell/src/canary.ts. */
export function canaryBucket(subject: string, module: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(`${subject}:${module}`)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 10_000;
}
