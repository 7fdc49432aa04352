import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';
import { MODULES_FOLDER } from '@sw/release/node';
import { staticSite } from './staticSite.ts';

/**
 * One module's origin, as a CDN would serve it: `/modules/<name>/<version>/…` from the CDN folder,
 * nothing of any other module. Every file under a version folder is immutable (a version's files
 * never change), so everything there is cached for a year; only the release manifest changes.
 */
export function moduleCdnSite(cdnDir: string, name: string): Hono {
  const prefix = `/${MODULES_FOLDER}/${name}/`;
  const folder = join(cdnDir, MODULES_FOLDER, name);
  if (!existsSync(folder)) mkdirSync(folder, { recursive: true });
  const app = new Hono();
  app.use('*', async (c, next) => {
    if (!c.req.path.startsWith(prefix)) return c.text(`this origin serves ${prefix} only`, 404);
    await next();
    const inVersion = /^\/modules\/[^/]+\/[^/.][^/]*\/./.test(c.req.path);
    if (c.res.ok && inVersion) c.res.headers.set('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.route('/', staticSite(cdnDir, { cors: true }));
  return app;
}
