// Helpers for module tests (vitest + happy-dom + Testing Library).
export { createTestHost, renderInModule } from './testing/renderModule.tsx';
export type { TestHost } from './testing/renderModule.tsx';
