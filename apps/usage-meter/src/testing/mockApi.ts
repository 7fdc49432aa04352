import { afterAll, afterEach, beforeAll } from 'vitest';
import { resetUsageMocks } from '@sw/mocks';
import { createMockServer } from '@sw/mocks/node';

/**
 * Answers `http://localhost/api/*` (the test host's API) from the suite's msw handlers and demo
 * data for the tests in the calling file; uploads change the mock data, which is put back after
 * each test. `server.use()` overrides one test's answers.
 */
export function setupMockApi() {
  const server = createMockServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    resetUsageMocks();
  });
  afterAll(() => server.close());
  return server;
}
