import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReleaseManifest } from '@sw/contracts';
import type { PreloadHint } from '@sw/release';

/** Where the shell's page reads its release from (`<meta name="sw-release-url">` in shell/index.html). */
const PAGE_RELEASE_URL = '/release.json';

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
 * The live release as the shell would fetch it from /release.json, in a JSON script block (never
 * executed; `<` escaped so nothing in it can close the block).
 */
export function inlineRelease(manifest: ReleaseManifest): string {
  const json = JSON.stringify(manifest).replace(/</g, '\\u003c');
  return `<script type="application/json" id="sw-release" data-url="${PAGE_RELEASE_URL}">${json}</script>`;
}

/** The page's import map (the shell's build puts one in its `<head>`). */
const IMPORT_MAP = /<script type="importmap"([^>]*)>([\s\S]*?)<\/script>/;

/**
 * The shell's import map with `scopes` added: the modules under each folder get those copies of the
 * libraries instead of the shell's (the release's libraries, cut to its modules). Other code, the
 * shell's own and a tester's override, keeps the shell's whole copies.
 */
export function withImportMapScopes(html: string, scopes: Record<string, Record<string, string>>): string {
  return html.replace(IMPORT_MAP, (_tag, attributes: string, json: string) => {
    const map = { ...(JSON.parse(json) as Record<string, unknown>), scopes };
    return `<script type="importmap"${attributes}>${JSON.stringify(map).replace(/</g, '\\u003c')}</script>`;
  });
}

export interface PortalPageParts {
  /** The page's preloads (its modules' first files). */
  hints: PreloadHint[];
  /** The live release, inlined so the shell does not fetch it (one round trip less). */
  release: ReleaseManifest | undefined;
  /** The import map's scopes for the release's own libraries (none: the shell's for every module). */
  scopes?: Record<string, Record<string, string>>;
}

/**
 * The shell's index.html with the live release and the page's preloads at the end of `<head>` (after
 * the shell's own scripts, which the browser should still fetch first). Read on every request: a
 * rebuilt shell is served at once, and the page itself is never cached (`no-cache`).
 */
export function portalPage(shellDir: string, { hints, release, scopes }: PortalPageParts): string {
  const built = readFileSync(join(shellDir, 'index.html'), 'utf8');
  const html = scopes ? withImportMapScopes(built, scopes) : built;
  const additions = [release ? inlineRelease(release) : '', preloadLinks(hints)].filter(Boolean).join('\n    ');
  if (!additions) return html;
  // A page without an explicit head: the additions go right after the doctype (still the head).
  if (!html.includes('</head>')) return html.replace(/^(<!doctype html>)?/i, `$1${additions}`);
  return html.replace('</head>', `  ${additions}\n  </head>`);
}
