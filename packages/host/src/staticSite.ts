import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type MiddlewareHandler } from 'hono';
import { compress } from 'hono/compress';
import { cors } from 'hono/cors';

/** Hashed build output never changes at its URL; entry points must always be revalidated. */
const cacheHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  if (!c.res.ok || c.res.headers.has('Cache-Control')) return;
  const immutable = /\/assets\/.+-[\w-]{8,}\.\w+$/.test(c.req.path);
  c.res.headers.set('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
};

export interface StaticSiteOptions {
  /** Allow any origin to fetch (module builds are loaded cross-origin by the shell). */
  cors?: boolean;
}

/** A static site with compression and cache headers; folder must be a build output. */
export function staticSite(folder: string, options: StaticSiteOptions = {}): Hono {
  if (!existsSync(folder)) throw new Error(`${folder} does not exist: build the suite first (pnpm build)`);
  const root = relative(process.cwd(), folder) || '.';
  const app = new Hono();
  if (options.cors) app.use('*', cors({ origin: '*' }));
  app.use('*', compress(), cacheHeaders);
  app.use('*', serveStatic({ root }));
  return app;
}
