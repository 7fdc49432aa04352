import { Hono } from 'hono';
import { cors } from 'hono/cors';
import type { ReleaseManifest } from '@sw/contracts';
import { staticSite } from './staticSite.ts';

export type ApiHandler = (request: Request) => Promise<Response>;

interface PortalOptions {
  shellDir: string;
  release: () => ReleaseManifest;
  api: ApiHandler;
}

/** The portal origin: the release manifest, the API under /api and the shell for every page. */
export function portalApp({ shellDir, release, api }: PortalOptions): Hono {
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
  app.get('/release.json', (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.json(release());
  });
  app.all('/api/*', (c) => {
    // Tell the API who the client is (it sits behind us, in-process or across the network).
    const request = new Request(c.req.raw);
    const address = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket
      ?.remoteAddress;
    if (address) request.headers.set('X-Forwarded-For', address);
    return api(request);
  });
  app.route('/', staticSite(shellDir, { spaFallback: true }));
  return app;
}
