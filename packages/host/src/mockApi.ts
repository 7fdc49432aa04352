import { PROBLEM_CONTENT_TYPE } from '@sw/contracts';
import { handleWithMocks } from '@sw/mocks/node';
import type { ApiHandler } from './portal.ts';

/** Answers /api from the msw handlers (until the reference server takes over). */
export const mockApi: ApiHandler = async (request) => {
  const response = await handleWithMocks(request);
  if (response) return response;
  const { pathname } = new URL(request.url);
  return new Response(
    JSON.stringify({
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      code: 'route.not_found',
      detail: `${request.method} ${pathname} is not part of the portal API`,
    }),
    { status: 404, headers: { 'Content-Type': PROBLEM_CONTENT_TYPE } },
  );
};
