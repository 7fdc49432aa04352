import type { Locale } from '@sw/contracts';
import type { Page } from 'playwright-core';

/**
 * Runs in the page: resolves with the milliseconds from the next click until every mounted module
 * (`.sw-module`, module-kit's root element, which carries the module's language) shows `to` and the
 * frame with it has been painted.
 */
function timeNextSwitch(to: string): void {
  const target = window as unknown as { __swLanguageSwitch?: Promise<number> };
  target.__swLanguageSwitch = new Promise((resolve) => {
    let clickedAt: number | undefined;
    document.addEventListener('click', (event) => (clickedAt = event.timeStamp), { capture: true, once: true });
    const allSwitched = () =>
      [...document.querySelectorAll('.sw-module')].every((element) => element.getAttribute('lang') === to);
    const observer = new MutationObserver(() => {
      if (clickedAt === undefined || !allSwitched()) return;
      observer.disconnect();
      const start = clickedAt;
      // requestAnimationFrame runs before the paint; a task queued from it runs after.
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
    });
    observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['lang'] });
  });
}

/** Clicks the header's language switch and measures until every module on the page shows the language. */
export async function measureLanguageSwitch(page: Page, to: Locale): Promise<{ ms: number; modules: number }> {
  await page.evaluate(timeNextSwitch, to);
  // The frame's header has the switch; each option's label carries its language.
  await page.locator(`[data-module="frame"] label:has(span[lang="${to}"])`).click();
  const ms = await page.evaluate(
    () => (window as unknown as { __swLanguageSwitch: Promise<number> }).__swLanguageSwitch,
  );
  const modules = await page.locator('.sw-module').count();
  return { ms, modules };
}
