import type { EventBus, SuiteEventName, SuiteEvents } from '@sw/contracts';

/** A tiny typed pub/sub; a listener that throws is reported and does not stop the others. */
export function createEventBus(onListenerError: (error: unknown) => void = console.error): EventBus {
  const listeners = new Map<SuiteEventName, Set<(payload: never) => void>>();
  return {
    emit(name, payload) {
      for (const listener of [...(listeners.get(name) ?? [])]) {
        try {
          (listener as (p: typeof payload) => void)(payload);
        } catch (error) {
          onListenerError(error);
        }
      }
    },
    on<K extends SuiteEventName>(name: K, listener: (payload: SuiteEvents[K]) => void) {
      const set = listeners.get(name) ?? new Set();
      set.add(listener as (payload: never) => void);
      listeners.set(name, set);
      return () => {
        set.delete(listener as (payload: never) => void);
      };
    },
  };
}
