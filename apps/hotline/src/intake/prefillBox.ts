import type { ComplaintPrefill } from '@sw/contracts';

/**
 * Hands a pre-fill (from another module, or the line chooser) to the form exactly once: kept until
 * the form listens, then delivered and forgotten, so it is neither lost nor applied twice.
 */
export function createPrefillBox() {
  let pending: ComplaintPrefill | undefined;
  let listener: ((prefill: ComplaintPrefill) => void) | undefined;
  return {
    offer(prefill: ComplaintPrefill) {
      if (listener) listener(prefill);
      else pending = prefill;
    },
    /** The form listens while it is mounted; a pre-fill that arrived before comes right away. */
    listen(next: (prefill: ComplaintPrefill) => void) {
      listener = next;
      const waiting = pending;
      pending = undefined;
      if (waiting) queueMicrotask(() => listener?.(waiting));
      return () => {
        if (listener === next) listener = undefined;
      };
    },
  };
}
export type PrefillBox = ReturnType<typeof createPrefillBox>;
