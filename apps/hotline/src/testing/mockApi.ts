import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { resetComplaintMocks } from '@sw/mocks';
import { createMockServer } from '@sw/mocks/node';

/**
 * Answers `http://localhost/api/*` (the test host's API) from the suite's msw handlers and demo
 * data for the tests in the calling file; `server.use()` overrides one test's answers. The mock
 * tickets are put back after each test, and this browser's storage emptied.
 */
export function setupMockApi() {
  const server = createMockServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    cleanup(); // unmount first: a form saves its draft as it goes, which must not reach the next test
    server.resetHandlers();
    resetComplaintMocks();
    localStorage.clear();
    sessionStorage.clear();
  });
  afterAll(() => server.close());
  return server;
}
