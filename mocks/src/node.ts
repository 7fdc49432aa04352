import { setupServer, type SetupServerApi } from 'msw/node';
import { getResponse, type RequestHandler } from 'msw';
import { handlers } from './index.ts';

/**
 * An msw server with the mock API for Node (unit tests, scripts). `extra` handlers are matched
 * before the defaults. Call `listen()` / `close()` as usual.
 */
export function createMockServer(...extra: RequestHandler[]): SetupServerApi {
  return setupServer(...extra, ...handlers);
}

/**
 * Answers a fetch `Request` from the mock handlers without intercepting anything, so a Node HTTP
 * server (a dev or preview server middleware) can serve `/api` from the mocks. Resolves to
 * `undefined` when no handler matches, so the caller can fall through to its next handler.
 */
export function handleWithMocks(request: Request): Promise<Response | undefined> {
  return getResponse(handlers, request);
}
