import type { ModuleHost } from '@sw/contracts';
import { createApiClient, type ApiClient } from '@sw/api-client';

const clients = new WeakMap<ModuleHost, ApiClient>();

/**
 * The portal API client for a host (its base URL, token and language), one per host: the data a
 * module asks for at mount (its page's prefetch) and what its components ask for share one client.
 */
export function apiClientFor(host: ModuleHost): ApiClient {
  let client = clients.get(host);
  if (!client) {
    client = createApiClient({ baseUrl: host.apiBaseUrl, getToken: host.auth.getToken, getLocale: host.locale.get });
    clients.set(host, client);
  }
  return client;
}
