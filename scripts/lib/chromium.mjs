// End-to-end tests drive Debian's Chromium: Playwright cannot download its own browsers here.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { DEFAULT_CHROMIUM, chromiumExecutable } from './chromiumLaunch.mjs';
import { fail, log, run } from './toolchain.mjs';

export function chromiumPath() {
  return chromiumExecutable();
}

/** Makes sure a Chromium exists; installs Debian's package when missing and we are root. */
export function ensureChromium() {
  const path = chromiumPath();
  if (existsSync(path)) return path;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt && path === DEFAULT_CHROMIUM) {
    log("Chromium is missing: installing Debian's chromium package with apt-get…");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    run('apt-get', ['update', '-qq'], { env });
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { env });
    if (existsSync(path)) return path;
  }
  fail(
    [
      `No Chromium at ${path}; the end-to-end tests need one.`,
      'Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), or point CHROMIUM_PATH',
      'at an installed Chromium or Chrome, then run `npm test` again.',
    ].join('\n'),
  );
}
