import { Hono } from 'hono';
import { cors } from 'hono/cors';
import type { ReleaseManifest } from '@sw/contracts';
import { compress } from 'hono/compress';
import type { PagePreloads } from './modulePreloads.ts';
import { portalPage, type PortalPageParts } from './portalPage.ts';
import { RELEASE_LIBRARIES_PATH, importMapScopes, type ReleasePageLibraries } from './releaseLibraries.ts';
import { staticSite } from './staticSite.ts';

export type ApiHandler = (request: Request) => Promise<Response>;

/** The release manifests the portal serves, as browsers load them (entries resolved). */
export interface ReleaseSource {
  /** Production's release, served at /release.json; undefined before anything was promoted. */
  live(): ReleaseManifest | undefined;
  /** The release on a channel (`staging`, `production`). */
  channel(name: string): ReleaseManifest | undefined;
  /** One stored release, for pages pinned to it. */
  release(id: string): ReleaseManifest | undefined;
}

interface PortalOptions {
  shellDir: string;
  releases: ReleaseSource;
  api: ApiHandler;
  /** What a page at this path will load first, hinted in its `<head>` (none: the page as built). */
  preloads?: PagePreloads;
  /** The live release's own libraries (releaseLibraries.ts), served from `folder`/page-libraries. */
  releaseLibraries?: { folder: string; of(manifest: ReleaseManifest): ReleasePageLibraries | undefined };
}

const noRelease = (what: string) =>
  new Response(JSON.stringify({ error: `${what}: no such release manifest` }), {
    status: 404,
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache' },
  });

/** The portal origin: the release manifest, the API under /api and the shell for every page. */
export function portalApp({ shellDir, releases, api, preloads, releaseLibraries }: PortalOptions): Hono {
  const app = new Hono();
  // Other sites embed modules with sw-embed.js: they fetch it, the manifest and the API cross-origin.
  // Bearer tokens, never cookies, so allowing any origin exposes nothing ambient.
  app.use(
    '*',
    cors({
      origin: '*',
      allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'Accept-Language'],
      exposeHeaders: ['Location', 'Idempotent-Replayed', 'Retry-After'],
    }),
  );
  // Manifests change with every promotion: always revalidated (they are tiny).
  const serve = (manifest: ReleaseManifest | undefined, what: string) =>
    manifest
      ? new Response(JSON.stringify(manifest), {
          headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache' },
        })
      : noRelease(what);
  app.get('/release.json', () => serve(releases.live(), 'production has no release yet'));
  app.get('/release/channels/:file', (c) => {
    const name = /^([a-z]+)\.json$/.exec(c.req.param('file'))?.[1];
    return serve(name ? releases.channel(name) : undefined, `channel ${c.req.param('file')}`);
  });
  app.get('/release/:file', (c) => {
    const id = /^([\w.-]+)\.json$/.exec(c.req.param('file'))?.[1];
    return serve(id ? releases.release(id) : undefined, `release ${c.req.param('file')}`);
  });
  app.all('/api/*', (c) => {
    // Tell the API who the client is (it sits behind us, in-process or across the network).
    const request = new Request(c.req.raw);
    const address = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket
      ?.remoteAddress;
    if (address) request.headers.set('X-Forwarded-For', address);
    return api(request);
  });
  /**
   * The page's live release and preloads. The shell takes an inlined release as it is (the store
   * validated it when reading it), so a release the store cannot read is left out: the shell then
   * fetches /release.json, which fails, and shows its error page in the reader's language.
   */
  const pageParts = (pathname: string): PortalPageParts => {
    try {
      // Read once for the page: the inlined release, the import map and the hints must agree.
      const release = releases.live();
      const libraries = release && releaseLibraries?.of(release);
      return {
        hints: preloads?.(pathname, release, libraries) ?? [],
        release,
        ...(libraries && { scopes: importMapScopes(libraries) }),
      };
    } catch (error) {
      console.error(`portal: the live release cannot be read (${String(error)})`);
      return { hints: [], release: undefined };
    }
  };
  // Pages (paths without a file extension): the shell's page with the live release and its preloads.
  app.get('*', compress(), async (c, next) => {
    if (/\.\w+$/.test(c.req.path)) return next(); // a file, served below
    return c.html(portalPage(shellDir, pageParts(c.req.path)), 200, { 'Cache-Control': 'no-cache' });
  });
  // The releases' own libraries: immutable files under a key of what went in.
  if (releaseLibraries) {
    const libraries = staticSite(releaseLibraries.folder);
    app.get(`/${RELEASE_LIBRARIES_PATH}/*`, (c) => libraries.fetch(c.req.raw));
  }
  // Files: the shell's build (a missing file is a real 404; pages never reach here).
  app.route('/', staticSite(shellDir));
  return app;
}
