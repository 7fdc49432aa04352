// Helpers for module tests (vitest + happy-dom + Testing Library).
export { renderInModule } from './testing/renderModule.tsx';
export { createTestHost } from './testing/testHost.ts';
export type { TestHost } from './testing/testHost.ts';
export { queriesAtMount } from './testing/queriesAtMount.tsx';
export type { MountAt, QueriesAtMount } from './testing/queriesAtMount.tsx';
