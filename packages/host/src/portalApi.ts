import { join } from 'node:path';
import type { ReleaseService } from '@sw/release/node';
import { createPortalApi, type PortalApi } from '@sw/server';
import type { ApiHandler } from './portal.ts';

export interface LocalApi {
  handler: ApiHandler;
  description: string;
  close(): Promise<void>;
}

/**
 * The reference portal API, in this process, in development mode (dev login on). Data lives in
 * `data/portal.db` at the repository root unless DATABASE_URL says otherwise, so it survives restarts.
 */
export async function startLocalApi(
  root: string,
  databaseUrl = process.env.DATABASE_URL,
  releases?: ReleaseService,
): Promise<LocalApi> {
  const api: PortalApi = createPortalApi({
    ...(databaseUrl ? { databaseUrl } : { databasePath: join(root, 'data', 'portal.db') }),
    mode: 'development',
    // The portal host is the proxy in front: it passes the client's address for the rate limit.
    trustProxy: true,
    // The release console's routes work on the same release store the portal serves from.
    ...(releases ? { releases } : {}),
  });
  await api.ready;
  return {
    handler: (request) => api.fetch(request),
    description: `${api.database.dialect} ${api.database.description}`,
    close: () => api.close(),
  };
}
