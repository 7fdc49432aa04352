import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void) {
  // single-spa patches pushState and fires popstate for its own navigations, so this covers both.
  addEventListener('popstate', onChange);
  addEventListener('single-spa:routing-event', onChange);
  return () => {
    removeEventListener('popstate', onChange);
    removeEventListener('single-spa:routing-event', onChange);
  };
}

const getPathname = () => location.pathname;

/** The current URL path; re-renders on every navigation. */
export function usePathname(): string {
  return useSyncExternalStore(subscribe, getPathname, getPathname);
}
