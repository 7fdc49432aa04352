import type { BrowserContext, Page } from 'playwright-core';
import { watchMainContent, type BenchRoute } from './mainContent.ts';
import { recordNetwork, THROTTLED, type RecordedRequest } from './network.ts';
import { waterfallDepth } from './waterfall.ts';

export interface PageLoadFigures {
  /** Compressed JS bytes that came over the network (not from the cache). */
  jsBytes: number;
  /** Every request the page made until it was quiet after showing its main content. */
  requests: number;
  /** Waterfall depth of the requests sent before the main content showed. */
  depth: number;
  /** Milliseconds from navigation start until the main content had a box on the page. */
  mainContentMs: number;
}

const QUIET_MS = 500;

/** Waits until no request of `requests` is in flight and none started for QUIET_MS. */
async function networkQuiet(requests: RecordedRequest[], timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let seen = -1;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    if (requests.length !== seen || requests.some((r) => !r.finished)) {
      seen = requests.length;
      quietSince = Date.now();
    } else if (Date.now() - quietSince >= QUIET_MS) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function summarise(
  requests: RecordedRequest[],
  mainContentAtSeconds: number,
  mainContentMs: number,
): PageLoadFigures {
  const beforeContent = requests.filter((r) => r.sentAt <= mainContentAtSeconds);
  return {
    jsBytes: requests.filter((r) => r.type === 'Script').reduce((sum, r) => sum + r.transferred, 0),
    requests: requests.length,
    depth: waterfallDepth(beforeContent),
    mainContentMs,
  };
}

/**
 * Loads `url` in `page` on a throttled network (THROTTLED) and measures it. The caller decides the
 * cache: a fresh context is cold; a second load in the same context is warm.
 */
export async function measurePageLoad(
  context: BrowserContext,
  page: Page,
  url: string,
  route: BenchRoute,
  timeoutMs = 30_000,
): Promise<PageLoadFigures> {
  const cdp = await context.newCDPSession(page);
  const network = await recordNetwork(cdp);
  await cdp.send('Network.emulateNetworkConditions', THROTTLED);
  // Relative to this navigation: the init script runs again in the new document.
  await page.addInitScript(watchMainContent, route.mainContent);
  await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
  await page.waitForFunction(() => (window as { __swMainContentAt?: number }).__swMainContentAt !== undefined, null, {
    timeout: timeoutMs,
    polling: 100,
  });
  const at = await page.evaluate(() => (window as unknown as { __swMainContentAt: number }).__swMainContentAt);
  await networkQuiet(network.requests);
  network.stop();
  // DevTools timestamps are monotonic seconds; the navigation's own request anchors the page clock.
  const navigation = network.requests.find((r) => r.type === 'Document');
  const mainContentAtSeconds = (navigation?.sentAt ?? 0) + at / 1000;
  // The throttling belongs to this page's session and ends with it.
  await cdp.detach();
  return summarise(network.requests, mainContentAtSeconds, at);
}
