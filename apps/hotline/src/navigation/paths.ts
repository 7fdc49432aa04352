/** The module's pages under its suite route. */
export const PATHS = {
  directory: '/hotline',
  file: '/hotline/complaint',
  track: '/hotline/track',
  queue: '/hotline/staff',
  stats: '/hotline/staff/stats',
  ticket: (id: string) => `/hotline/staff/tickets/${encodeURIComponent(id)}`,
} as const;

export type Page =
  { name: 'directory' | 'file' | 'track' | 'queue' | 'stats' } | { name: 'ticket'; id: string } | { name: 'not-found' };

/** Which page a path shows (a trailing slash does not matter). */
export function pageOf(pathname: string): Page {
  const path = pathname.replace(/\/+$/, '') || '/';
  switch (path) {
    case PATHS.directory:
      return { name: 'directory' };
    case PATHS.file:
      return { name: 'file' };
    case PATHS.track:
      return { name: 'track' };
    case PATHS.queue:
      return { name: 'queue' };
    case PATHS.stats:
      return { name: 'stats' };
  }
  const ticket = /^\/hotline\/staff\/tickets\/([^/]+)$/.exec(path);
  if (ticket) return { name: 'ticket', id: decodeURIComponent(ticket[1]!) };
  return { name: 'not-found' };
}
