import {
  RELEASE_SCHEMA_VERSION,
  releaseTestingSchema,
  type ReleaseCanary,
  type ReleaseManifest,
  type ReleaseModule,
  type ReleaseTesting,
} from '@sw/contracts';
import {
  cdnEntry,
  deployedVersions,
  readDeployRecord,
  readIntegrityFile,
  versionFolder,
  type DeployRecord,
} from './cdn.ts';
import { ReleaseError } from './errors.ts';

export interface ModuleVersionRef {
  name: string;
  version: string;
}

export interface ComposeChanges {
  /** Put these module versions (deployed to the CDN) in the release, adding modules not in the base. */
  set?: ModuleVersionRef[];
  /** Leave these modules out. */
  remove?: string[];
  /** Send `percent` of users to another deployed version of a module. */
  canary?: Array<ModuleVersionRef & { percent: number }>;
  /** End these modules' canaries. */
  endCanary?: string[];
  /** The testing-override policy; `null` removes it (overrides off). Default: the base's. */
  testing?: ReleaseTesting | null;
  notes?: string;
}

export interface ComposeOptions extends ComposeChanges {
  id: string;
  actor: string;
  cdnDir: string;
  /** The release to start from (usually production's); without one, `set` must list every module. */
  base?: ReleaseManifest;
  now?: Date;
}

/** `name@version` → parts (versions may carry prerelease and build tags). */
export function parseModuleRef(text: string): ModuleVersionRef {
  const match = /^([a-z][a-z0-9-]*)@(\d+\.\d+\.\d+\S*)$/.exec(text.trim());
  if (!match) throw new ReleaseError('usage', `"${text}" is not name@version, e.g. fee-directory@1.2.0`);
  return { name: match[1]!, version: match[2]! };
}

function deployed(cdnDir: string, ref: ModuleVersionRef): DeployRecord {
  const record = readDeployRecord(cdnDir, ref.name, ref.version);
  if (record) return record;
  const versions = deployedVersions(cdnDir, ref.name).map((r) => r.version);
  throw new ReleaseError(
    'not_found',
    `${ref.name} ${ref.version} is not deployed (${versions.length ? `deployed: ${versions.join(', ')}` : 'nothing deployed yet'}); deploy it first: pnpm deploy:module ${ref.name}`,
  );
}

/** The SRI hashes the shell checks: the entry and the remote entry (every file is in integrity.json). */
function entryIntegrity(cdnDir: string, record: DeployRecord): Record<string, string> | undefined {
  const files = readIntegrityFile(versionFolder(cdnDir, record.name, record.version))?.files;
  if (!files) return undefined;
  const picked = [record.entry, record.remoteEntry].flatMap((file) => (files[file] ? [[file, files[file]]] : []));
  return picked.length ? Object.fromEntries(picked) : undefined;
}

/** A release entry for a deployed module version. */
export function releaseModuleFor(cdnDir: string, ref: ModuleVersionRef): ReleaseModule {
  const record = deployed(cdnDir, ref);
  const integrity = entryIntegrity(cdnDir, record);
  return {
    name: record.name,
    version: record.version,
    remoteName: record.remoteName,
    entry: cdnEntry(record.name, record.version, record.entry),
    apps: record.apps,
    ...(integrity ? { integrity } : {}),
    contract: record.contract,
  };
}

function canaryFor(cdnDir: string, module: ReleaseModule, ref: ModuleVersionRef & { percent: number }): ReleaseCanary {
  if (ref.version === module.version) {
    throw new ReleaseError(
      'usage',
      `${module.name} ${ref.version} is already the released version; a canary needs another`,
    );
  }
  if (!(ref.percent >= 0 && ref.percent <= 100)) {
    throw new ReleaseError('usage', `a canary's share is 0–100 (%), not ${ref.percent}`);
  }
  const variant = releaseModuleFor(cdnDir, ref);
  if (variant.remoteName !== module.remoteName) {
    throw new ReleaseError(
      'usage',
      `${module.name} ${ref.version} is federated as ${variant.remoteName}, the released version as ${module.remoteName}: a canary must keep the name`,
    );
  }
  return {
    version: variant.version,
    entry: variant.entry,
    ...(variant.integrity ? { integrity: variant.integrity } : {}),
    ...(variant.contract ? { contract: variant.contract } : {}),
    percent: ref.percent,
  };
}

/**
 * A new release: the base's modules with the requested changes, each module version taken from its
 * deploy record in the CDN (entry, integrity hashes, applications, contract version). Neither
 * validated nor stored here: see `ReleaseService.compose`.
 */
export function composeRelease(options: ComposeOptions): ReleaseManifest {
  const modules = new Map((options.base?.modules ?? []).map((m) => [m.name, m]));
  for (const name of options.remove ?? []) {
    if (!modules.delete(name)) throw new ReleaseError('usage', `${name} is not in the release, nothing to remove`);
  }
  for (const ref of options.set ?? []) {
    const previous = modules.get(ref.name);
    const next = releaseModuleFor(options.cdnDir, ref);
    // A canary of the version now released has nothing left to test.
    const canary = previous?.canary && previous.canary.version !== ref.version ? previous.canary : undefined;
    modules.set(ref.name, canary ? { ...next, canary } : next);
  }
  for (const name of options.endCanary ?? []) {
    const module = modules.get(name);
    if (!module?.canary) throw new ReleaseError('usage', `${name} has no canary to end`);
    const { canary: _ended, ...rest } = module;
    modules.set(name, rest);
  }
  for (const ref of options.canary ?? []) {
    const module = modules.get(ref.name);
    if (!module) throw new ReleaseError('usage', `${ref.name} is not in the release: add it before giving it a canary`);
    modules.set(ref.name, { ...module, canary: canaryFor(options.cdnDir, module, ref) });
  }
  if (modules.size === 0) throw new ReleaseError('usage', 'a release needs at least one module (--set name@version)');
  const testing = options.testing === undefined ? options.base?.testing : (options.testing ?? undefined);
  return {
    schemaVersion: RELEASE_SCHEMA_VERSION,
    release: {
      id: options.id,
      createdAt: (options.now ?? new Date()).toISOString(),
      channel: 'staging',
      createdBy: options.actor,
      ...(options.notes ? { notes: options.notes } : {}),
      ...(options.base ? { basedOn: options.base.release.id } : {}),
    },
    apiBaseUrl: options.base?.apiBaseUrl ?? '/api',
    modules: [...modules.values()],
    ...(testing ? { testing: releaseTestingSchema.parse(testing) } : {}),
  };
}
