import type { FeeSection } from '../components/FeeNav/FeeNav.tsx';

const SECTIONS: Record<string, FeeSection> = {
  '': 'list',
  reductions: 'reductions',
  estimate: 'estimate',
  manage: 'manage',
  objections: 'objections',
};

/**
 * Which page a path under /fees is: a section, the print view, or an item (`/fees/<id>`). Shared by
 * the routes and the prefetch at mount; throws (as `decodeURIComponent` does) on a malformed item path.
 */
export function pageOf(pathname: string): { section?: FeeSection; print?: true; itemId?: string } {
  const rest = pathname.replace(/^\/fees\/?/, '').replace(/\/$/, '');
  if (rest in SECTIONS) return { section: SECTIONS[rest]! };
  if (rest === 'print') return { print: true };
  return { itemId: decodeURIComponent(rest) };
}
