import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { moduleNameSchema, releaseAppSchema, sriSchema } from '@sw/contracts';
import semver from 'semver';

/**
 * The CDN folder: `modules/<name>/<version>/` holds one deployed build, never changed after the
 * deploy, with two files of ours beside the build: `integrity.json` (SRI hash of every file) and
 * `deploy.json` (what the release tool needs to put the version in a release).
 */
export const MODULES_FOLDER = 'modules';
export const INTEGRITY_FILE = 'integrity.json';
export const DEPLOY_FILE = 'deploy.json';
/** Our files in a version folder, not part of the build. */
export const RECORD_FILES: ReadonlySet<string> = new Set([INTEGRITY_FILE, DEPLOY_FILE]);

export const integrityFileSchema = z.object({
  algorithm: z.literal('sha384'),
  files: z.record(z.string(), sriSchema),
});
export type IntegrityFile = z.infer<typeof integrityFileSchema>;

export const deployRecordSchema = z.object({
  name: moduleNameSchema,
  version: z.string(),
  remoteName: z.string(),
  /** Where the build's entry is, relative to the version folder. */
  entry: z.string().default('mf-manifest.json'),
  /** The remote entry script named by the mf-manifest (usually remoteEntry.js). */
  remoteEntry: z.string(),
  apps: z.array(releaseAppSchema).min(1),
  /** The module host contract version the module was built against. */
  contract: z.string(),
  deployedAt: z.iso.datetime({ offset: true }),
  deployedBy: z.string(),
  /** `build`: built by the deploy; `folder`: an existing build output (CI artifact, apps/<name>/dist). */
  source: z.object({ kind: z.enum(['build', 'folder']), path: z.string() }),
  /** The version's section of the module's CHANGELOG.md. */
  changes: z.string().optional(),
});
export type DeployRecord = z.infer<typeof deployRecordSchema>;

/** A module version's entry relative to the CDN root (what stored releases hold). */
export function cdnEntry(name: string, version: string, entry = 'mf-manifest.json'): string {
  return `${MODULES_FOLDER}/${name}/${version}/${entry}`;
}

export function versionFolder(cdnDir: string, name: string, version: string): string {
  return join(cdnDir, MODULES_FOLDER, name, version);
}

/** `modules/<name>/<version>/…` → its parts, or undefined for entries elsewhere (absolute URLs). */
export function parseCdnEntry(entry: string): { name: string; version: string; file: string } | undefined {
  const match = /^modules\/([a-z][a-z0-9-]*)\/([^/]+)\/(.+)$/.exec(entry);
  return match ? { name: match[1]!, version: match[2]!, file: match[3]! } : undefined;
}

export function readDeployRecord(cdnDir: string, name: string, version: string): DeployRecord | undefined {
  const file = join(versionFolder(cdnDir, name, version), DEPLOY_FILE);
  if (!existsSync(file)) return undefined;
  return deployRecordSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

export function readIntegrityFile(folder: string): IntegrityFile | undefined {
  const file = join(folder, INTEGRITY_FILE);
  if (!existsSync(file)) return undefined;
  return integrityFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** Deployed versions of a module, newest (semver) first; folders without a deploy record are skipped. */
export function deployedVersions(cdnDir: string, name: string): DeployRecord[] {
  const folder = join(cdnDir, MODULES_FOLDER, name);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((version) => !version.startsWith('.'))
    .flatMap((version) => readDeployRecord(cdnDir, name, version) ?? [])
    .sort((a, b) => (semver.valid(a.version) && semver.valid(b.version) ? semver.rcompare(a.version, b.version) : 0));
}

/** Every module with something deployed. */
export function deployedModules(cdnDir: string): string[] {
  const folder = join(cdnDir, MODULES_FOLDER);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => moduleNameSchema.safeParse(name).success)
    .sort();
}
