import { afterAll, afterEach, beforeAll } from 'vitest';
import { createMockServer } from '@sw/mocks/node';
import { resetClearanceMocks } from '@sw/mocks';

/**
 * Answers `http://localhost/api/*` (the test host's API) from the suite's msw handlers and demo
 * data; the clearance mocks start from the demo data again after each test.
 */
export function setupMockApi() {
  const server = createMockServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    resetClearanceMocks();
  });
  afterAll(() => server.close());
  return server;
}
