import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../../scripts/lib/chromiumLaunch.mjs';

/** Chromium as every browser run of the repository starts it (scripts/lib/chromiumLaunch.mjs). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
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
