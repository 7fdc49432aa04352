// Bootstraps the toolchain for the README commands on a machine that has only Node.js and npm:
// the pinned pnpm (from package.json's packageManager), the workspace's dependencies and, for
// end-to-end tests, a Chromium that Playwright can launch.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const MIN_NODE = [20, 19];

export function log(message) {
  console.log(`\x1b[36m[suite]\x1b[0m ${message}`);
}

export function fail(message) {
  console.error(`\x1b[31m[suite]\x1b[0m ${message}`);
  process.exit(1);
}

export function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < MIN_NODE[0] || (major === MIN_NODE[0] && minor < MIN_NODE[1])) {
    fail(`Node.js ${MIN_NODE.join('.')}+ is required (found ${process.versions.node}).`);
  }
}

function pinnedPnpmVersion() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const match = /^pnpm@(\d+\.\d+\.\d+)/.exec(pkg.packageManager ?? '');
  if (!match) fail('package.json must pin pnpm in "packageManager" (pnpm@x.y.z).');
  return match[1];
}

/** Runs a command, inheriting stdio; exits the process when it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.error) fail(`${command} could not start: ${result.error.message}`);
  if (result.status !== 0) {
    fail(`${[command, ...args].join(' ')} failed with exit code ${result.status ?? result.signal}.`);
  }
}

/**
 * Returns [command, prefixArgs] that run the pinned pnpm. The pinned version is installed into
 * .tools/ with npm the first time (npm is the one tool a fresh machine is guaranteed to have).
 */
export function ensurePnpm() {
  const version = pinnedPnpmVersion();
  const toolDir = join(root, '.tools', `pnpm-${version}`);
  const entry = join(toolDir, 'node_modules', 'pnpm', 'bin', 'pnpm.mjs');
  if (!existsSync(entry)) {
    log(`installing pnpm ${version} into .tools/ (first run only)…`);
    run('npm', ['install', '--prefix', toolDir, '--no-audit', '--no-fund', '--loglevel=error', `pnpm@${version}`]);
  }
  // Package scripts that call `pnpm` find the pinned one first on PATH.
  const binDir = join(toolDir, 'node_modules', '.bin');
  if (!process.env.PATH?.split(':').includes(binDir)) process.env.PATH = `${binDir}:${process.env.PATH}`;
  return [process.execPath, [entry]];
}

export function pnpm(args, options) {
  const [command, prefix] = ensurePnpm();
  run(command, [...prefix, ...args], options);
}

/**
 * Native addons (better-sqlite3) are compiled with node-gyp when no prebuilt binary can be fetched;
 * point node-gyp at the running Node's own headers so it does not try to download them.
 */
function useLocalNodeHeaders() {
  if (process.env.npm_config_nodedir) return;
  const prefix = join(dirname(process.execPath), '..');
  if (existsSync(join(prefix, 'include', 'node', 'node_api.h'))) process.env.npm_config_nodedir = prefix;
}

/** Installs the workspace from the committed lockfile, exactly. */
export function installDependencies() {
  log('installing dependencies from pnpm-lock.yaml…');
  useLocalNodeHeaders();
  pnpm(['install', '--frozen-lockfile', '--reporter=append-only']);
}
