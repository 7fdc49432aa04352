// Before any schema is built (this file is also an entry of its own: @sw/contracts/…).
import './zodConfig.ts';
import { z } from 'zod';

/** Kebab-case module name, e.g. `fee-directory`. */
export const moduleNameSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'module names are kebab-case, e.g. fee-directory');

const semverSchema = z
  .string()
  .regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/, 'versions are semver, e.g. 1.2.3');

const routeSchema = z.string().regex(/^\/[a-z0-9-]*$/, 'routes are absolute paths like /fees');

/** Page regions the shell lays out; route applications render in `main`. */
export const SLOTS = ['header', 'main', 'footer'] as const;

/**
 * One single-spa application a module provides: either always mounted in a fixed slot (header,
 * footer) or mounted in the main slot while its route is active.
 */
export const releaseAppSchema = z
  .object({
    /** What the module exposes for this application (single-spa lifecycles). */
    expose: z.string().startsWith('./'),
    route: routeSchema.optional(),
    slot: z.enum(SLOTS).optional(),
  })
  .refine((app) => (app.route === undefined) !== (app.slot === undefined), {
    message: 'an application has either a route or a fixed slot, not both',
  });
export type ReleaseApp = z.infer<typeof releaseAppSchema>;

/**
 * The version of the module host contract (`host.ts`, `events.ts`) this shell provides. A module
 * records the version it was built against; it runs on any shell with the same major version and
 * at least its minor (caret rule). Additions bump the minor; anything that breaks a module, the major.
 */
export const HOST_CONTRACT_VERSION = '1.0.0';

const contractVersionSchema = z.string().regex(/^\d+\.\d+\.\d+$/, 'contract versions are major.minor.patch');

/** Does a shell providing `provided` satisfy a module built against `required`? (`^required`.) */
export function hostContractSupports(required: string, provided: string = HOST_CONTRACT_VERSION): boolean {
  const [rMajor, rMinor, rPatch] = required.split('.').map(Number) as [number, number, number];
  const [pMajor, pMinor, pPatch] = provided.split('.').map(Number) as [number, number, number];
  if (rMajor !== pMajor) return false;
  // Below 1.0.0 every minor may break (semver's caret rule).
  if (rMajor === 0) return rMinor === pMinor && pPatch >= rPatch;
  return pMinor > rMinor || (pMinor === rMinor && pPatch >= rPatch);
}

/** A Subresource Integrity value, e.g. `sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC`. */
export const sriSchema = z
  .string()
  .regex(/^sha(256|384|512)-[A-Za-z0-9+/]+={0,2}$/, 'integrity values are SRI hashes, e.g. sha384-…');

/**
 * SRI hashes of a module version's files, by path relative to the entry's folder
 * (`mf-manifest.json`, `remoteEntry.js`). The shell refuses a file whose bytes do not match.
 */
export const integrityMapSchema = z.record(z.string(), sriSchema).superRefine((map, ctx) => {
  for (const path of Object.keys(map)) {
    if (!/^[\w@-][\w@./-]*$/.test(path) || path.split('/').includes('..')) {
      ctx.addIssue({
        code: 'custom',
        path: [path],
        message: 'integrity keys are paths inside the module folder, e.g. remoteEntry.js',
      });
    }
  }
});
export type IntegrityMap = z.infer<typeof integrityMapSchema>;

/** Another version of one module, served to a deterministic share of users (by user id or cookie). */
export const releaseCanarySchema = z.object({
  version: semverSchema,
  entry: z.string().min(1),
  integrity: integrityMapSchema.optional(),
  contract: contractVersionSchema.optional(),
  /** Share of users, 0–100, who get this version instead of the module's own. */
  percent: z.number().min(0).max(100),
});
export type ReleaseCanary = z.infer<typeof releaseCanarySchema>;

/** One deployable module: a federated remote at one version, and the applications it provides. */
export const releaseModuleSchema = z.object({
  name: moduleNameSchema,
  version: semverSchema,
  /** The federated container's name, as set in the module's federation config. */
  remoteName: z.string().regex(/^[A-Za-z_$][\w$]*$/, 'remote names are valid JS identifiers'),
  /** URL of the module's mf-manifest.json (preferred) or remoteEntry.js; may be relative to the manifest. */
  entry: z.string().min(1),
  apps: z.array(releaseAppSchema).min(1),
  /** Optional: the shell verifies these files before running the module. */
  integrity: integrityMapSchema.optional(),
  /** Optional: the host contract version the module was built against (see HOST_CONTRACT_VERSION). */
  contract: contractVersionSchema.optional(),
  canary: releaseCanarySchema.optional(),
});
export type ReleaseModule = z.infer<typeof releaseModuleSchema>;

const originSchema = z.string().regex(/^https?:\/\/[^/\s?#]+$/, 'origins look like http://localhost:5102');

/**
 * May testers point a module at another version (or a dev server) in their own browser? Off unless a
 * release says so, and even then not while the release is live in production unless `inProduction`.
 */
export const releaseTestingSchema = z.object({
  overrides: z.boolean().default(false),
  /** Origins besides the release's own module origins an override may load from (dev servers). */
  origins: z.array(originSchema).default([]),
  inProduction: z.boolean().default(false),
});
export type ReleaseTesting = z.infer<typeof releaseTestingSchema>;

/**
 * Version 1. Fields added since (integrity, contract, canary, testing, createdBy, notes) are optional,
 * so shells that predate them still read newer manifests; a change that an older shell must not
 * silently ignore would bump this number.
 */
export const RELEASE_SCHEMA_VERSION = 1;

export const releaseManifestSchema = z
  .object({
    schemaVersion: z.literal(RELEASE_SCHEMA_VERSION),
    release: z.object({
      id: z.string().min(1),
      createdAt: z.iso.datetime({ offset: true }),
      /** The channel the manifest is served on (production, staging…); the host stamps it. */
      channel: z.string().default('production'),
      createdBy: z.string().optional(),
      notes: z.string().optional(),
      /** The release this one was composed from. */
      basedOn: z.string().optional(),
    }),
    /** Where the shell's /api calls go; relative URLs resolve against the page. */
    apiBaseUrl: z.string().default('/api'),
    modules: z.array(releaseModuleSchema).min(1),
    testing: releaseTestingSchema.optional(),
  })
  .superRefine((manifest, ctx) => {
    const names = new Set<string>();
    const remotes = new Set<string>();
    const routes = new Set<string>();
    manifest.modules.forEach((module, index) => {
      if (names.has(module.name)) {
        ctx.addIssue({
          code: 'custom',
          path: ['modules', index, 'name'],
          message: `module "${module.name}" is listed twice`,
        });
      }
      names.add(module.name);
      if (remotes.has(module.remoteName)) {
        ctx.addIssue({
          code: 'custom',
          path: ['modules', index, 'remoteName'],
          message: `remote name "${module.remoteName}" is used by two modules`,
        });
      }
      remotes.add(module.remoteName);
      if (module.canary && module.canary.version === module.version) {
        ctx.addIssue({
          code: 'custom',
          path: ['modules', index, 'canary', 'version'],
          message: `the canary of "${module.name}" must be another version than ${module.version}`,
        });
      }
      module.apps.forEach((app, appIndex) => {
        if (app.route === undefined) return;
        if (routes.has(app.route)) {
          ctx.addIssue({
            code: 'custom',
            path: ['modules', index, 'apps', appIndex, 'route'],
            message: `route ${app.route} is claimed twice`,
          });
        }
        routes.add(app.route);
      });
    });
  });
export type ReleaseManifest = z.infer<typeof releaseManifestSchema>;
export type ReleaseManifestInput = z.input<typeof releaseManifestSchema>;

/** Parses unknown JSON into a release manifest, or returns readable issues (one per line). */
export function parseReleaseManifest(
  input: unknown,
): { ok: true; manifest: ReleaseManifest } | { ok: false; issues: string[] } {
  const result = releaseManifestSchema.safeParse(input);
  if (result.success) return { ok: true, manifest: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
  };
}
