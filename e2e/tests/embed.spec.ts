import { expect, test, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { LEGACY_ORIGIN } from './support.ts';

/**
 * Globals libraries keep by design for the page's lifetime: the federation runtime's module cache and
 * init markers, and zod's schema registry (shared by every copy of zod on the page). Ours is only
 * SingleWindowSuite.
 */
const LIBRARY_GLOBALS =
  /^(__mf_|__FEDERATION__|__VUE_HMR_RUNTIME__|__GLOBAL_LOADING_REMOTE_ENTRY__|__zod_global(Registry|Config)$)/;

/** Counts intervals, timeouts and listeners the page holds, and CSP violations (see the fixture). */
async function trackResources(page: Page) {
  await page.addInitScript({ path: fileURLToPath(new URL('../fixtures/track-resources.js', import.meta.url)) });
}

/** Computed styles that show a leak in either direction. */
const STYLE_PROPS = [
  'font-family',
  'font-size',
  'line-height',
  'color',
  'background-color',
  'margin-top',
  'padding-left',
  'border-top-width',
  'box-sizing',
  'text-decoration-line',
];

async function computed(page: Page, selectors: string[], inShadow: boolean) {
  return page.evaluate(
    ({ selectors, props, inShadow }) => {
      const root: ParentNode = inShadow ? document.querySelector('sw-module')!.shadowRoot! : document;
      return Object.fromEntries(
        selectors.map((selector) => {
          const element = root.querySelector(selector);
          if (!element) return [selector, null];
          const style = getComputedStyle(element);
          return [selector, Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)]))];
        }),
      );
    },
    { selectors, props: STYLE_PROPS, inShadow },
  );
}

const HOST_ELEMENTS = [
  'body',
  '#legacy-heading',
  '#legacy-text',
  '.hint',
  '#legacy-button',
  '.nav a',
  'td.side',
  '#footer',
];
const OUR_ELEMENTS = [
  'h2',
  'input',
  '[class*="sw-select-selector"], .sw-select',
  '[role="columnheader"]',
  '[role="cell"]',
  '.sw-tag',
];

test.describe('drop-in into the legacy single-window site', () => {
  test('mounting a module changes nothing of the host page, and the host CSS changes nothing of ours', async ({
    page,
    browser,
  }) => {
    await page.goto(`${LEGACY_ORIGIN}/?embed=none`);
    await page.waitForFunction(() => 'SingleWindowSuite' in window);
    const hostBefore = await computed(page, HOST_ELEMENTS, false);
    await page.evaluate(async () => {
      const element = document.createElement('sw-module');
      element.setAttribute('name', 'fee-directory');
      element.setAttribute('lang', 'zh-CN');
      document.getElementById('slot-fees')!.append(element);
    });
    await expect(page.getByRole('heading', { name: '口岸收费目录' })).toBeVisible();
    await expect(page.getByRole('row').nth(3)).toBeVisible();
    expect(await computed(page, HOST_ELEMENTS, false)).toEqual(hostBefore);
    const oursWithHostCss = await computed(page, OUR_ELEMENTS, true);

    const clean = await browser.newPage();
    await clean.goto(`${LEGACY_ORIGIN}/?css=off`);
    await expect(clean.getByRole('heading', { name: '口岸收费目录' })).toBeVisible();
    await expect(clean.getByRole('row').nth(3)).toBeVisible();
    const oursAlone = await computed(clean, OUR_ELEMENTS, true);
    expect(Object.values(oursAlone).every(Boolean)).toBe(true);
    expect(oursWithHostCss).toEqual(oursAlone);
    // And it really is the host's CSS that was active: its own elements look different without it.
    expect(await computed(clean, ['#legacy-heading'], false)).not.toEqual(
      await computed(page, ['#legacy-heading'], false),
    );
  });

  test("popups open inside the module's shadow root, never in the host document", async ({ page }) => {
    await page.goto(`${LEGACY_ORIGIN}/`);
    await expect(page.getByRole('row').nth(3)).toBeVisible();
    await page.locator('sw-module .sw-select').first().click();
    const option = page.locator('sw-module .sw-select-dropdown .sw-select-item-option').first();
    await expect(option).toBeVisible();
    const placement = await page.evaluate(() => ({
      inBody: document.body.querySelectorAll('.sw-select-dropdown').length,
      inShadow: document.querySelector('sw-module')!.shadowRoot!.querySelectorAll('.sw-select-dropdown').length,
    }));
    expect(placement).toEqual({ inBody: 0, inShadow: 1 });
    await option.click();
    await expect(page.getByText(/共 \d+ 项/)).toBeVisible();
  });

  test('the host switches the language live, per element or for every module at once', async ({ page }) => {
    await page.goto(`${LEGACY_ORIGIN}/?embed=none`);
    await page.waitForFunction(() => 'SingleWindowSuite' in window);
    await page.evaluate(() => {
      for (const [slot, lang] of [
        ['slot-fees', 'zh-CN'],
        ['slot-second', 'en'],
      ]) {
        const element = document.createElement('sw-module');
        element.setAttribute('name', 'fee-directory');
        element.setAttribute('lang', lang!);
        document.getElementById(slot!)!.append(element);
      }
    });
    const first = page.locator('#slot-fees sw-module');
    const second = page.locator('#slot-second sw-module');
    await expect(first.getByRole('heading', { name: '口岸收费目录' })).toBeVisible();
    await expect(second.getByRole('heading', { name: 'Port charges' })).toBeVisible();
    await page.evaluate(() => document.querySelector('#slot-fees sw-module')!.setAttribute('lang', 'en'));
    await expect(first.getByRole('heading', { name: 'Port charges' })).toBeVisible();
    await page.evaluate(() =>
      (window as unknown as { SingleWindowSuite: { setLocale(l: string): void } }).SingleWindowSuite.setLocale('zh-HK'),
    );
    await expect(first.getByRole('heading', { name: '口岸收費目錄' })).toBeVisible();
    await expect(second.getByRole('heading', { name: '口岸收費目錄' })).toBeVisible();
    // The host page's own language and address are untouched.
    expect(await page.evaluate(() => [document.documentElement.lang, location.search])).toEqual([
      'zh-CN',
      '?embed=none',
    ]);
  });

  test('unmounting removes everything the module added: DOM, styles, listeners, timers', async ({ page }) => {
    await trackResources(page);
    await page.goto(`${LEGACY_ORIGIN}/?embed=none`);
    await page.waitForFunction(() => 'SingleWindowSuite' in window);
    await page.waitForTimeout(300); // the legacy page's own start-up settles
    const measure = () =>
      page.evaluate(() => {
        type Track = { intervals: Set<number>; timeouts: Set<number>; listeners: number };
        const track = (window as unknown as { __swTrack: Track }).__swTrack;
        const root = document.getElementById('slot-second')!.shadowRoot;
        // The suite's import map stays once added: a page cannot withdraw one, and the next mount uses it.
        const head = document.head.cloneNode(true) as HTMLHeadElement;
        head.querySelectorAll('script[type="importmap"][data-sw-page-libraries]').forEach((map) => map.remove());
        return {
          globals: Object.keys(window).filter((key) => key !== '__unmount'),
          head: head.innerHTML,
          importMaps: document.querySelectorAll('script[type="importmap"]').length,
          body: document.body.children.length,
          intervals: track.intervals.size,
          pendingTimeouts: track.timeouts.size,
          listeners: track.listeners,
          shadowNodes: root?.childNodes.length ?? 0,
          shadowSheets: root?.adoptedStyleSheets.length ?? 0,
        };
      });
    const cycle = async () => {
      await page.evaluate(async () => {
        type Suite = { mount: (e: Element, o: object) => { ready: Promise<void> } };
        const suite = (window as unknown as { SingleWindowSuite: Suite }).SingleWindowSuite;
        const unmount = suite.mount(document.getElementById('slot-second')!, { module: 'fee-directory', locale: 'en' });
        (window as unknown as { __unmount: unknown }).__unmount = unmount;
        await unmount.ready;
      });
      await expect(page.getByRole('heading', { name: 'Port charges' })).toBeVisible();
      await page.locator('#slot-second .sw-select').first().click(); // a popup: more listeners and timers
      await expect(page.locator('#slot-second .sw-select-dropdown')).toBeVisible();
      await page.evaluate(() => (window as unknown as { __unmount: () => Promise<void> }).__unmount());
      await page.waitForTimeout(500); // short timeouts of the unmounted module run out
    };
    const before = await measure();
    await cycle();
    const afterFirst = await measure();
    await cycle();
    const afterSecond = await measure();

    // Nothing accumulates: a second mount and unmount leaves the page exactly as the first did.
    expect(afterSecond).toEqual(afterFirst);
    // The first left nothing of ours but the import map: no DOM, no styles or hints in head, no
    // timers, no globals (the federation runtime keeps its own cache). One listener may stay: React DOM's document-wide
    // `selectionchange` listener, added once per page and shared by every React root.
    const newGlobals = afterFirst.globals.filter((key) => !before.globals.includes(key));
    expect(newGlobals.filter((key) => !LIBRARY_GLOBALS.test(key))).toEqual([]);
    expect(afterFirst).toMatchObject({
      head: before.head,
      importMaps: before.importMaps + 1,
      body: before.body,
      intervals: before.intervals,
      pendingTimeouts: 0,
      shadowNodes: 0,
      shadowSheets: 0,
    });
    expect(afterFirst.listeners - before.listeners).toBeLessThanOrEqual(1);
  });

  test("works under the page's strict CSP: no eval, every style we inject carries the nonce", async ({ page }) => {
    await trackResources(page);
    await page.goto(`${LEGACY_ORIGIN}/`);
    await expect(page.getByRole('row').nth(3)).toBeVisible();
    const { violations, unsignedStyles } = await page.evaluate(() => ({
      violations: (window as unknown as { __swViolations: string[] }).__swViolations,
      unsignedStyles: [...document.querySelector('sw-module')!.shadowRoot!.querySelectorAll('style')].filter(
        (style) => !style.nonce,
      ).length,
    }));
    expect(violations.filter((v) => v.startsWith('script-src'))).toEqual([]);
    expect(unsignedStyles).toBe(0);
  });

  test('light DOM mode renders in the page itself when asked', async ({ page }) => {
    await page.goto(`${LEGACY_ORIGIN}/?embed=none`);
    await page.waitForFunction(() => 'SingleWindowSuite' in window);
    await page.evaluate(() => {
      const element = document.createElement('sw-module');
      element.setAttribute('name', 'fee-directory');
      element.setAttribute('shadow', 'false');
      element.setAttribute('lang', 'en');
      document.getElementById('slot-fees')!.append(element);
    });
    await expect(page.getByRole('heading', { name: 'Port charges' })).toBeVisible();
    expect(await page.evaluate(() => document.querySelector('sw-module')!.shadowRoot)).toBeNull();
  });

  test("an unknown module name shows an error panel in place, in the element's language", async ({ page }) => {
    await page.goto(`${LEGACY_ORIGIN}/?embed=none`);
    await page.waitForFunction(() => 'SingleWindowSuite' in window);
    await page.evaluate(() => {
      const element = document.createElement('sw-module');
      element.setAttribute('name', 'no-such-module');
      element.setAttribute('lang', 'en');
      document.getElementById('slot-fees')!.append(element);
    });
    await expect(page.locator('sw-module [role="alert"]')).toContainText('could not be loaded');
    await expect(page.locator('#legacy-heading')).toBeVisible();
  });
});
