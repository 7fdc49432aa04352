/** The module's route in the suite; its pages live under it. */
export const BASE = '/service-times';

export type Page =
  | { name: 'terminals' }
  | { name: 'compare' }
  | { name: 'coverage' }
  | { name: 'terminal'; terminalId: string }
  | { name: 'upload'; terminalId: string }
  | { name: 'not-found' };

/** Where each page lives, so links and the router agree. */
export const paths = {
  terminals: () => BASE,
  compare: () => `${BASE}/compare`,
  coverage: () => `${BASE}/coverage`,
  terminal: (terminalId: string) => `${BASE}/terminals/${encodeURIComponent(terminalId)}`,
  upload: (terminalId: string) => `${BASE}/terminals/${encodeURIComponent(terminalId)}/upload`,
};

/** The page a URL path shows (a trailing slash is the same page). */
export function pageOf(pathname: string): Page {
  const rest = pathname.replace(/\/+$/, '');
  if (rest === BASE || rest === '') return { name: 'terminals' };
  if (!rest.startsWith(`${BASE}/`)) return { name: 'not-found' };
  const parts = rest
    .slice(BASE.length + 1)
    .split('/')
    .map(decodeURIComponent);
  if (parts.length === 1 && parts[0] === 'compare') return { name: 'compare' };
  if (parts.length === 1 && parts[0] === 'coverage') return { name: 'coverage' };
  if (parts[0] === 'terminals' && parts[1]) {
    if (parts.length === 2) return { name: 'terminal', terminalId: parts[1] };
    if (parts.length === 3 && parts[2] === 'upload') return { name: 'upload', terminalId: parts[1] };
  }
  return { name: 'not-found' };
}
