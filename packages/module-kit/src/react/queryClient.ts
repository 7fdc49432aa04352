import { QueryClient } from '@tanstack/react-query';
import { isRetryable } from '@sw/api-client';

/** Retries only what may succeed next time (network, 5xx, 429), with capped exponential backoff. */
export function createModuleQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => isRetryable(error) && failureCount < 3,
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4000),
      },
      mutations: { retry: false },
    },
  });
}
