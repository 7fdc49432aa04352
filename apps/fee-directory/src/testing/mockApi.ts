import { afterAll, afterEach, beforeAll } from 'vitest';
import { mockFeeStore } from '@sw/mocks';
import { createMockServer } from '@sw/mocks/node';

/**
 * Answers `http://localhost/api/*` (the test host's API) from the suite's msw handlers and demo
 * data for the tests in the calling file; `server.use()` overrides one test's answers. Writes go to
 * the mock store, which is back to the demo data after each test.
 */
export function setupMockApi() {
  const server = createMockServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    mockFeeStore.reset();
  });
  afterAll(() => server.close());
  return server;
}
