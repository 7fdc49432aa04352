export { startSuite } from './suite.ts';
export type { RunningSuite, SuiteOptions } from './suite.ts';
export { publishLocalBuilds, LOCAL_ACTOR } from './localRelease.ts';
export type { LocalPublishResult } from './localRelease.ts';
export type { ApiHandler, ReleaseSource } from './portal.ts';
