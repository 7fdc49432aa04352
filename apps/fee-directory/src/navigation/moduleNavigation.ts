import { useSyncExternalStore } from 'react';

/** Fired after the module changes the URL itself, so its views follow at once (in the shell and alone). */
const NAVIGATED = 'sw:fee-directory:navigated';

/** The module's own paths under its route; every page of the fee directory lives here. */
export const FEE_PATHS = {
  list: '/fees',
  reductions: '/fees/reductions',
  estimate: '/fees/estimate',
  manage: '/fees/manage',
  objections: '/fees/objections',
  print: '/fees/print',
  item: (id: string) => `/fees/${encodeURIComponent(id)}`,
} as const;

/** Opens a path of this module without reloading the page (single-spa sees the pushState). */
export function navigateWithin(url: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(history.state, '', url);
  else history.pushState(null, '', url);
  dispatchEvent(new Event(NAVIGATED));
}

function subscribe(onChange: () => void) {
  const events = ['popstate', 'single-spa:routing-event', NAVIGATED];
  for (const event of events) addEventListener(event, onChange);
  return () => {
    for (const event of events) removeEventListener(event, onChange);
  };
}

const snapshot = () => location.pathname + location.search;

/** The current path and query string; re-renders on every navigation, ours included. */
export function useLocation(): { pathname: string; search: string } {
  const current = useSyncExternalStore(subscribe, snapshot, snapshot);
  const index = current.indexOf('?');
  return index === -1
    ? { pathname: current, search: '' }
    : { pathname: current.slice(0, index), search: current.slice(index) };
}
