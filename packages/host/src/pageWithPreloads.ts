import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PreloadHint } from '@sw/release';

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** `<link>` tags for the hints; `crossorigin` because modules and manifests come from other origins over CORS. */
export function preloadLinks(hints: PreloadHint[]): string {
  return hints
    .map(({ href, kind }) =>
      kind === 'modulepreload'
        ? `<link rel="modulepreload" href="${escapeAttribute(href)}" crossorigin>`
        : `<link rel="preload" as="fetch" href="${escapeAttribute(href)}" crossorigin>`,
    )
    .join('\n    ');
}

/**
 * The shell's index.html with the page's preloads at the end of `<head>` (after the shell's own
 * scripts, which the browser should still fetch first). Read on every request: a rebuilt shell is
 * served at once, and the page itself is never cached (`no-cache`).
 */
export function pageWithPreloads(shellDir: string, hints: PreloadHint[]): string {
  const html = readFileSync(join(shellDir, 'index.html'), 'utf8');
  if (!hints.length) return html;
  const links = preloadLinks(hints);
  // A page without an explicit head: the links go right after the doctype (still the head).
  if (!html.includes('</head>')) return html.replace(/^(<!doctype html>)?/i, `$1${links}`);
  return html.replace('</head>', `  ${links}\n  </head>`);
}
