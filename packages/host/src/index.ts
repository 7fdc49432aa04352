export { startSuite } from './suite.ts';
export type { RunningSuite, SuiteOptions } from './suite.ts';
export { discoverModules } from './modules.ts';
export type { LocalModule } from './modules.ts';
export { composeLocalRelease } from './release.ts';
export type { ApiHandler } from './portal.ts';
