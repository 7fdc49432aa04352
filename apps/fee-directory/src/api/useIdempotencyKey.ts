import { useRef } from 'react';

/**
 * One Idempotency-Key per thing the user submits: a retry after an error or a double click sends
 * the same key (so nothing is created twice); a success renews it for the next submission.
 */
export function useIdempotencyKey() {
  const key = useRef<string>(undefined);
  return {
    current: () => (key.current ??= crypto.randomUUID()),
    renew: () => {
      key.current = undefined;
    },
  };
}
