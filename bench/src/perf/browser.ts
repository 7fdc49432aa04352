import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/**
 * Debian's Chromium (Playwright cannot download its own browsers here), as root, on a closed network:
 * the flags of ARCHITECTURE.md §5. CHROMIUM_PATH points elsewhere.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A fresh browser context (its own, empty HTTP cache). Functions this file's callers send into pages
 * are compiled by tsx, which wraps named inner functions in esbuild's `__name()`: the page gets a
 * no-op one so they run there as written.
 */
export async function newBenchContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  return context;
}
