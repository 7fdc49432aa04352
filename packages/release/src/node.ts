export * from './index.ts';
export { ReleaseService } from './service.ts';
export type { ChannelChange, ComposeRequest, ComposeResult, ReleaseServiceOptions } from './service.ts';
export { ReleaseStore } from './store.ts';
export { composeRelease, parseModuleRef, releaseModuleFor } from './compose.ts';
export type { ComposeChanges, ComposeOptions, ModuleVersionRef } from './compose.ts';
export { deployModule, viteBuild } from './deploy.ts';
export type { DeployOptions, DeployResult } from './deploy.ts';
export { validateRelease } from './validate.ts';
export type { ValidationContext } from './validate.ts';
export { MissingFileError, entrySource } from './entries.ts';
export type { EntrySource } from './entries.ts';
export {
  DEPLOY_FILE,
  INTEGRITY_FILE,
  MODULES_FOLDER,
  cdnEntry,
  deployedModules,
  deployedVersions,
  parseCdnEntry,
  readDeployRecord,
  versionFolder,
} from './cdn.ts';
export type { DeployRecord } from './cdn.ts';
export { hashFolder, sri } from './integrity.ts';
export { workspaceModule, workspaceModules, changelogSection, swModuleSchema } from './workspace.ts';
export type { WorkspaceModule } from './workspace.ts';
