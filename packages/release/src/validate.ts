import { posix } from 'node:path';
import {
  HOST_CONTRACT_VERSION,
  hostContractSupports,
  parseReleaseManifest,
  type IntegrityMap,
  type ReleaseIssue,
  type ReleaseManifest,
  type ReleaseModule,
  type ReleaseValidation,
} from '@sw/contracts';
import { parseCdnEntry, readIntegrityFile, versionFolder } from './cdn.ts';
import { MissingFileError, type EntrySource } from './entries.ts';
import { mismatchedFiles, sri } from './integrity.ts';
import { exportedNames, exposeChunk, mfManifestSchema, remoteEntryPath, type MfManifest } from './mfManifest.ts';
import { PAGE_LIBRARIES_FILE, pageLibrariesFileSchema, type PageLibrariesFile } from './pageLibraries.ts';
import { checkModulePageLibraries } from './pageLibraryVersions.ts';
import {
  checkModuleShares,
  checkSharesAcrossModules,
  platformPageRuntime,
  platformSingletons,
  type ModuleShares,
  type PlatformSingleton,
} from './sharedDependencies.ts';

export interface ValidationContext {
  source: EntrySource;
  /** The CDN folder, for the full check of a local version folder against its integrity.json. */
  cdnDir?: string;
  /** Default: the suite's singletons from module-kit (also the pins of the page's libraries). */
  platform?: PlatformSingleton[];
  /** Default: the contract version of this workspace's shell. */
  hostContract?: string;
}

/** One loadable variant of a module: its released version, or its canary. */
interface Variant {
  module: ReleaseModule;
  label: string;
  version: string;
  entry: string;
  integrity: IntegrityMap | undefined;
  contract: string | undefined;
}

const LIFECYCLES = ['bootstrap', 'mount', 'unmount'] as const;
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

function variantsOf(module: ReleaseModule): Variant[] {
  const released: Variant = {
    module,
    label: `${module.name} ${module.version}`,
    version: module.version,
    entry: module.entry,
    integrity: module.integrity,
    contract: module.contract,
  };
  if (!module.canary) return [released];
  const { canary } = module;
  return [
    released,
    {
      module,
      label: `${module.name} ${canary.version} (canary)`,
      version: canary.version,
      entry: canary.entry,
      integrity: canary.integrity,
      contract: canary.contract,
    },
  ];
}

/** Checks one variant; returns its shared declarations for the cross-module check. */
async function checkVariant(
  variant: Variant,
  context: Required<Pick<ValidationContext, 'hostContract'>> & ValidationContext,
  issues: ReleaseIssue[],
): Promise<ModuleShares | undefined> {
  const { source } = context;
  const { module, label, entry } = variant;
  const issue = (rule: ReleaseIssue['rule'], message: string, severity: ReleaseIssue['severity'] = 'error') =>
    issues.push({ severity, rule, module: module.name, message });
  const entryFile = posix.basename(entry);

  let mf: MfManifest;
  let entryBytes: Uint8Array;
  try {
    entryBytes = await source.read(entry, entryFile);
  } catch (error) {
    issue(
      'entry',
      `${label}: the entry ${source.where(entry, entryFile)} cannot be reached (${(error as Error).message})`,
    );
    return undefined;
  }
  try {
    mf = mfManifestSchema.parse(JSON.parse(text(entryBytes)));
  } catch {
    issue('entry', `${label}: ${entryFile} is not a Module Federation manifest`);
    return undefined;
  }
  if (mf.name !== module.remoteName) {
    issue('entry', `${label}: the entry's container is named ${mf.name}, the release says ${module.remoteName}`);
  }

  // Integrity: the hashes the shell will check, and (for a local CDN folder) every file of the version.
  if (!variant.integrity) {
    issue('integrity', `${label} has no integrity hashes: the shell cannot detect a tampered entry`, 'warning');
  } else {
    for (const [file, expected] of Object.entries(variant.integrity)) {
      try {
        const bytes = file === entryFile ? entryBytes : await source.read(entry, file);
        if (sri(bytes) !== expected) {
          issue('integrity', `${label}: ${file} does not match its integrity hash: it was changed after the deploy`);
        }
      } catch (error) {
        issue(
          'integrity',
          `${label}: ${file} (listed with an integrity hash) cannot be read: ${(error as Error).message}`,
        );
      }
    }
  }
  const local = parseCdnEntry(entry);
  if (local && context.cdnDir) {
    const folder = versionFolder(context.cdnDir, local.name, local.version);
    const recorded = readIntegrityFile(folder);
    const changed = recorded ? mismatchedFiles(folder, recorded.files) : [];
    if (changed.length) {
      issue('integrity', `${label}: files changed since the deploy: ${changed.slice(0, 5).join(', ')}`);
    }
  }

  // The remote entry and the lifecycles each application needs.
  const remoteEntry = remoteEntryPath(mf);
  let remoteSource: string | undefined;
  try {
    remoteSource = text(await source.read(entry, remoteEntry));
  } catch (error) {
    issue('entry', `${label}: its remote entry ${remoteEntry} cannot be reached (${(error as Error).message})`);
  }
  const exposed = new Set(mf.exposes.map((e) => (e.path.startsWith('./') ? e.path : `./${e.path}`)));
  for (const app of module.apps) {
    if (!exposed.has(app.expose)) {
      issue(
        'lifecycles',
        `${label} does not expose ${app.expose} (it exposes ${[...exposed].join(', ') || 'nothing'})`,
      );
      continue;
    }
    const chunk = remoteSource ? exposeChunk(remoteSource, app.expose) : undefined;
    if (!chunk) {
      issue('lifecycles', `${label}: could not find the code behind ${app.expose} to check its lifecycles`, 'warning');
      continue;
    }
    try {
      const names = exportedNames(text(await source.read(entry, chunk)));
      const missing = LIFECYCLES.filter((name) => !names.has(name));
      if (missing.length) {
        issue('lifecycles', `${label}: ${app.expose} does not export the single-spa lifecycles ${missing.join(', ')}`);
      }
    } catch (error) {
      issue('lifecycles', `${label}: ${chunk} (behind ${app.expose}) cannot be read: ${(error as Error).message}`);
    }
  }

  if (!variant.contract) {
    issue('contract', `${label} does not say which host contract it was built against`, 'warning');
  } else if (!hostContractSupports(variant.contract, context.hostContract)) {
    issue(
      'contract',
      `${label} was built against host contract ${variant.contract}; the shell provides ${context.hostContract}`,
    );
  }
  return { label, module: module.name, shared: mf.shared };
}

type PageLibrariesRead =
  { status: 'absent' } | { status: 'read'; file: PageLibrariesFile } | { status: 'unreadable'; problem: string };

/** A variant's page-libraries.json beside its manifest; absent for a build from before page libraries. */
async function readPageLibraries(source: EntrySource, entry: string): Promise<PageLibrariesRead> {
  let bytes: Uint8Array;
  try {
    bytes = await source.read(entry, PAGE_LIBRARIES_FILE);
  } catch (error) {
    if (error instanceof MissingFileError) return { status: 'absent' };
    return { status: 'unreadable', problem: `cannot be read (${(error as Error).message})` };
  }
  try {
    return { status: 'read', file: pageLibrariesFileSchema.parse(JSON.parse(text(bytes))) };
  } catch {
    return { status: 'unreadable', problem: 'is not a page-libraries file' };
  }
}

function schemaIssues(messages: string[]): ReleaseIssue[] {
  return messages.map((message) => ({
    severity: 'error' as const,
    rule: /claimed twice|route/.test(message) ? ('routes' as const) : ('schema' as const),
    message,
  }));
}

/**
 * Everything that must hold before a release may go live: the manifest schema (routes unique), every
 * entry and remote entry reachable, files matching their integrity hashes, the applications'
 * lifecycles exposed, the host contract version supported; the same checks for canaries. Libraries:
 * a build with page-libraries.json was built against versions the page's copies serve; an older
 * build's shared singletons are compatible with the suite's and with each other.
 */
export async function validateRelease(input: unknown, context: ValidationContext): Promise<ReleaseValidation> {
  const parsed = parseReleaseManifest(input);
  const releaseId = (input as { release?: { id?: unknown } } | null)?.release?.id?.toString() ?? '(unnamed release)';
  if (!parsed.ok) return { releaseId, ok: false, issues: schemaIssues(parsed.issues) };
  const manifest: ReleaseManifest = parsed.manifest;
  const full = { hostContract: HOST_CONTRACT_VERSION, ...context };
  const platform = context.platform ?? platformSingletons();
  // Modules built with page libraries also import the federation runtime from the page.
  const runtime = platformPageRuntime();
  const pagePlatform = platform.some((p) => p.name === runtime.name) ? platform : [...platform, runtime];
  const issues: ReleaseIssue[] = [];
  const shares: ModuleShares[] = [];
  for (const module of manifest.modules) {
    for (const variant of variantsOf(module)) {
      const declared = await checkVariant(variant, full, issues);
      if (!declared) continue;
      const pageLibraries = await readPageLibraries(context.source, variant.entry);
      if (pageLibraries.status === 'read') {
        // Its libraries are the page's, not negotiated by the federation runtime: no `shared` list to check.
        issues.push(
          ...checkModulePageLibraries(
            { label: declared.label, module: declared.module, file: pageLibraries.file },
            pagePlatform,
          ),
        );
      } else if (pageLibraries.status === 'unreadable') {
        issues.push({
          severity: 'error',
          rule: 'shared',
          module: module.name,
          message: `${variant.label}: its ${PAGE_LIBRARIES_FILE} ${pageLibraries.problem}, so its libraries cannot be checked`,
        });
      } else {
        // A build from before page libraries (kept for rollback) still shares through the federation runtime.
        issues.push(...checkModuleShares(declared, platform));
        shares.push(declared);
      }
    }
    if (module.canary && module.canary.percent === 0) {
      issues.push({
        severity: 'warning',
        rule: 'canary',
        module: module.name,
        message: `${module.name}: the canary ${module.canary.version} gets 0% of users`,
      });
    }
  }
  // Canaries and released versions never meet on one page for the same module: compare across modules only.
  // Only builds that share through the federation runtime negotiate with each other.
  issues.push(...checkSharesAcrossModules(shares, platform, issues).filter((i) => i.severity === 'error'));
  return { releaseId: manifest.release.id, ok: !issues.some((i) => i.severity === 'error'), issues };
}
