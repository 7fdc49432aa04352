import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import semver from 'semver';
import { HOST_CONTRACT_VERSION } from '@sw/contracts';
import {
  DEPLOY_FILE,
  INTEGRITY_FILE,
  MODULES_FOLDER,
  RECORD_FILES,
  readDeployRecord,
  readIntegrityFile,
  versionFolder,
  type DeployRecord,
  type IntegrityFile,
} from './cdn.ts';
import { ReleaseError } from './errors.ts';
import { hashFolder } from './integrity.ts';
import { mfManifestSchema, remoteEntryPath } from './mfManifest.ts';
import { changelogSection, workspaceModule, type WorkspaceModule } from './workspace.ts';

export interface DeployOptions {
  /** The workspace root (holds apps/<name>). */
  root: string;
  cdnDir: string;
  /** The module, by its folder name under apps/. */
  name: string;
  /** Deploy this existing build output instead of building (a CI artifact, apps/<name>/dist). */
  from?: string;
  /** Publish under this version instead of the package version (a test build; normally not needed). */
  version?: string;
  actor: string;
  now?: Date;
  log?: (line: string) => void;
  /** How a module is built into a folder (default: its own Vite build, nothing else). */
  build?: (module: WorkspaceModule, outDir: string) => Promise<void>;
}

export interface DeployResult {
  record: DeployRecord;
  folder: string;
  /** `unchanged`: this version was already deployed with the very same files. */
  status: 'deployed' | 'unchanged';
}

/** Builds one module, alone, into `outDir` with its own Vite (no other package is built or touched). */
export function viteBuild(module: WorkspaceModule, outDir: string): Promise<void> {
  const vite = join(module.dir, 'node_modules', 'vite', 'bin', 'vite.js');
  if (!existsSync(vite)) {
    return Promise.reject(new ReleaseError('usage', `apps/${module.name} has no Vite installed: run pnpm install`));
  }
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [vite, 'build', '--configLoader', 'runner', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
      { cwd: module.dir, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(
            new ReleaseError(
              'usage',
              `building ${module.name} failed:\n${output.trim().split('\n').slice(-20).join('\n')}`,
            ),
          ),
    );
  });
}

/** The build must be this module's federated remote, exposing what its applications need. */
function checkBuild(module: WorkspaceModule, dir: string): { remoteEntry: string } {
  const manifestFile = join(dir, 'mf-manifest.json');
  if (!existsSync(manifestFile))
    throw new ReleaseError('usage', `${dir} has no mf-manifest.json: is it a module build?`);
  const manifest = mfManifestSchema.parse(JSON.parse(readFileSync(manifestFile, 'utf8')));
  if (manifest.name !== module.remoteName) {
    throw new ReleaseError(
      'usage',
      `${dir} is the build of ${manifest.name}, not of ${module.name} (${module.remoteName})`,
    );
  }
  const remoteEntry = remoteEntryPath(manifest);
  if (!existsSync(join(dir, remoteEntry)))
    throw new ReleaseError('usage', `${dir} lacks its remote entry ${remoteEntry}`);
  const exposed = new Set(manifest.exposes.map((e) => e.path));
  const missing = module.apps.map((a) => a.expose).filter((expose) => !exposed.has(expose));
  if (missing.length) throw new ReleaseError('usage', `${dir} does not expose ${missing.join(', ')}`);
  return { remoteEntry };
}

const sameFiles = (a: IntegrityFile['files'], b: IntegrityFile['files']) =>
  JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

/**
 * Deploys one module version into `modules/<name>/<version>/` of the CDN folder: the build, the SRI
 * hash of every file (`integrity.json`) and the deploy record (`deploy.json`). A version, once
 * deployed, never changes: the same files again are a no-op, other files are refused. No other
 * module and no shell file is read, built or written.
 */
export async function deployModule(options: DeployOptions): Promise<DeployResult> {
  const log = options.log ?? (() => {});
  const module = workspaceModule(options.root, options.name);
  if (!module)
    throw new ReleaseError('usage', `apps/${options.name} is not a module (no swModule in its package.json)`);
  const version = options.version ?? module.version;
  if (!semver.valid(version)) throw new ReleaseError('usage', `"${version}" is not a semver version`);

  let buildDir = options.from;
  let temporary: string | undefined;
  try {
    if (!buildDir) {
      temporary = mkdtempSync(join(tmpdir(), `sw-deploy-${module.name}-`));
      buildDir = join(temporary, 'dist');
      log(`building ${module.name} ${version}…`);
      await (options.build ?? viteBuild)(module, buildDir);
    }
    if (!existsSync(buildDir)) throw new ReleaseError('usage', `${buildDir} does not exist`);
    const { remoteEntry } = checkBuild(module, buildDir);
    const files = hashFolder(buildDir, RECORD_FILES);
    const folder = versionFolder(options.cdnDir, module.name, version);

    const existing = () => {
      const recorded = readIntegrityFile(folder);
      if (recorded && sameFiles(recorded.files, files)) {
        return {
          record: readDeployRecord(options.cdnDir, module.name, version)!,
          folder,
          status: 'unchanged' as const,
        };
      }
      throw new ReleaseError(
        'immutable',
        `${module.name} ${version} is already deployed with other files, and a deployed version never changes: bump the version in apps/${module.name}/package.json (and its CHANGELOG.md)`,
      );
    };
    if (existsSync(folder)) return existing();

    const changes = changelogSection(module.dir, version);
    if (!changes) log(`note: apps/${module.name}/CHANGELOG.md has no section for ${version}`);
    const record: DeployRecord = {
      name: module.name,
      version,
      remoteName: module.remoteName,
      entry: 'mf-manifest.json',
      remoteEntry,
      apps: module.apps,
      contract: HOST_CONTRACT_VERSION,
      deployedAt: (options.now ?? new Date()).toISOString(),
      deployedBy: options.actor,
      source: { kind: options.from ? 'folder' : 'build', path: options.from ?? `apps/${module.name}` },
      ...(changes ? { changes } : {}),
    };
    // Assemble beside the final folder, then rename: readers never see half a version.
    const parent = join(options.cdnDir, MODULES_FOLDER, module.name);
    mkdirSync(parent, { recursive: true });
    const staging = mkdtempSync(join(parent, `.${version}-`));
    try {
      cpSync(buildDir, staging, { recursive: true });
      writeFileSync(join(staging, INTEGRITY_FILE), `${JSON.stringify({ algorithm: 'sha384', files }, null, 2)}\n`);
      writeFileSync(join(staging, DEPLOY_FILE), `${JSON.stringify(record, null, 2)}\n`);
      try {
        renameSync(staging, folder);
      } catch (error) {
        if (existsSync(folder)) return existing(); // another deploy of the same version won the race
        throw error;
      }
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
    log(`deployed ${module.name} ${version} to ${folder}`);
    return { record, folder, status: 'deployed' };
  } finally {
    if (temporary) rmSync(temporary, { recursive: true, force: true });
  }
}
