/** The pages `pnpm bench` loads, and what on each shows that its main content is there for the user. */
export interface BenchRoute {
  path: string;
  label: string;
  /** CSS selector of the module's first meaningful content (data from the API, not a spinner). */
  mainContent: string;
}

export const BENCH_ROUTES: BenchRoute[] = [
  { path: '/', label: 'landing', mainContent: '[data-sw-app="frame:landing"] a[href="/fees"]' },
  { path: '/fees', label: 'fee directory', mainContent: '[data-module="fee-directory"] [role="cell"]' },
  { path: '/clearance', label: 'clearance guide', mainContent: '[data-module="clearance-guide"] [role="article"]' },
  { path: '/service-times', label: 'service times', mainContent: '[data-module="service-times"] [role="listitem"]' },
  { path: '/hotline', label: 'hotline', mainContent: '[data-module="hotline"] a[href^="tel:"]' },
  { path: '/usage', label: 'usage meter', mainContent: '[data-module="usage-meter"] [role="meter"]' },
];

/**
 * Runs in the page before any of its scripts (an init script): records `window.__swMainContentAt`,
 * the page-clock time (ms since navigation start) when an element matching `selector` first has a box.
 */
export function watchMainContent(selector: string): void {
  const target = window as unknown as { __swMainContentAt?: number };
  const visible = () => {
    const element = document.querySelector(selector);
    return !!element && element.getBoundingClientRect().height > 0;
  };
  // On every DOM change, and every frame (a style sheet arriving gives an element its box without one).
  const check = () => {
    if (target.__swMainContentAt !== undefined || !visible()) return false;
    target.__swMainContentAt = performance.now();
    observer.disconnect();
    return true;
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
  const everyFrame = () => {
    if (!check()) requestAnimationFrame(everyFrame);
  };
  requestAnimationFrame(everyFrame);
}
