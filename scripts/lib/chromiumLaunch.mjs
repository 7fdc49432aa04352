// How every browser run of the repository starts Chromium: the e2e tests, `pnpm bench` and the fee
// filter bench. Debian's Chromium (Playwright cannot download its own browsers here), as root, on a
// machine with a closed network: the flags of ARCHITECTURE.md §5. No imports: TypeScript configs and
// scripts of any package load it.

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** The Chromium to launch: CHROMIUM_PATH, else Debian's. */
export function chromiumExecutable() {
  return process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
