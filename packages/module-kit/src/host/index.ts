// Framework-free pieces for whoever hosts modules (shell, embed loader, dev harness). No React here.
export { createEventBus } from './eventBus.ts';
export { createMemoryNavigator, createNavigator } from './navigator.ts';
export { SESSION_STORAGE_KEY, createAuthStore } from './authStore.ts';
