// Runs the portal API on its own: `pnpm --filter @sw/server start` (or `dev` for development mode).
import { serve } from '@hono/node-server';
import { configFromEnv } from './config.ts';
import { createPortalApi } from './index.ts';

let config;
try {
  config = configFromEnv(process.env, process.argv.slice(2));
} catch (error) {
  console.error(`portal API: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
const api = createPortalApi(config.api);
try {
  await api.ready;
} catch {
  await api.close();
  process.exit(1);
}
const server = serve({ fetch: api.app.fetch, port: config.port, hostname: config.hostname }, (info) => {
  const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
  console.log(
    `portal API (${config.api.mode}) on http://${host}:${info.port}/api  ·  docs http://${host}:${info.port}/api/docs  ·  ${api.database.dialect} ${api.database.description}`,
  );
});

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.close(() => void api.close().then(() => process.exit(0)));
    // Keep-alive connections may hold the server open; do not wait for them for long.
    setTimeout(() => process.exit(0), 3000).unref();
  });
}
