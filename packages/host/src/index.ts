export { listen, startSuite } from './suite.ts';
export { portalApp } from './portal.ts';
export { startLocalApi } from './portalApi.ts';
export type { LocalApi } from './portalApi.ts';
export type { RunningSuite, SuiteOptions } from './suite.ts';
export { publishLocalBuilds, LOCAL_ACTOR } from './localRelease.ts';
export type { LocalPublishResult } from './localRelease.ts';
export type { ApiHandler, ReleaseSource } from './portal.ts';
