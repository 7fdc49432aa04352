import { getResponse } from 'msw';
import { handlers } from '@sw/mocks';
import { createPortalApi, type PortalApi } from '../../src/index.ts';

/** One implementation of the portal API, answering fetch Requests. */
export interface Target {
  name: 'server' | 'mocks';
  fetch(request: Request): Promise<Response>;
  close(): Promise<void>;
}

/** The reference server on a fresh in-memory SQLite database seeded with the demo data. */
export async function serverTarget(): Promise<Target> {
  const api: PortalApi = createPortalApi({ databaseUrl: ':memory:', mode: 'development', log: () => {} });
  await api.ready;
  return { name: 'server', fetch: (request) => api.fetch(request), close: () => api.close() };
}

/** The msw handlers of @sw/mocks, asked directly (no interception). */
export function mocksTarget(): Target {
  return {
    name: 'mocks',
    async fetch(request) {
      const response = await getResponse(handlers, request);
      if (!response) throw new Error(`the mocks have no handler for ${request.method} ${request.url}`);
      return response;
    },
    close: async () => {},
  };
}
