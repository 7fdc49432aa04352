// The parts of the release tool that run anywhere (no file system): comparing releases and the
// shared-dependency and page-library rules. The store, deploys and the CLI are in `@sw/release/node`.
export { diffReleases, describeChange, testingSummary } from './diff.ts';
export { checkModuleShares, checkSharesAcrossModules, packageOf, platformSingletons } from './sharedDependencies.ts';
export type { ModuleShares, PlatformSingleton, SharedDeclaration } from './sharedDependencies.ts';
export { checkModulePageLibraries } from './pageLibraryVersions.ts';
export type { ModulePageLibraries } from './pageLibraryVersions.ts';
export { ReleaseError } from './errors.ts';
export type { ReleaseErrorCode } from './errors.ts';
export { preloadHints } from './preloads.ts';
export type { PageLibrarySource, PreloadHint } from './preloads.ts';
export { PAGE_LIBRARIES_FILE, libraryFiles, pageLibrariesFileSchema } from './pageLibraries.ts';
export type { PageLibrariesFile } from './pageLibraries.ts';
export { routeMatches } from './routes.ts';
export { mfManifestSchema } from './mfManifest.ts';
export type { MfManifest } from './mfManifest.ts';
