import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { DEMO_RELEASES, resetReleaseMocks } from '@sw/mocks';
import { createMockServer } from '@sw/mocks/node';

/** Serves every demo release's module files (tiny stand-ins) so the browser-side health checks answer. */
const moduleFiles = [
  http.get('*/modules/:name/:version/mf-manifest.json', () =>
    HttpResponse.json({ metaData: { remoteEntry: { name: 'remoteEntry.js', path: '' } } }),
  ),
  http.get('*/modules/:name/:version/remoteEntry.js', () => new HttpResponse('export {}')),
];

/**
 * The suite's mock API (the demo release history, reset after each test) and the demo module files,
 * for the tests in the calling file; `server.use()` overrides one test's answers.
 */
export function setupMockApi() {
  const server = createMockServer(...moduleFiles);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    resetReleaseMocks();
  });
  afterAll(() => server.close());
  return server;
}

export { DEMO_RELEASES };
