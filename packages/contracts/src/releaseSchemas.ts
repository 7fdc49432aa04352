// The release manifest's schema, written once for both zod flavours: `release.ts` builds it with
// classic zod (release tools, API, OpenAPI document), `releaseMini.ts` with zod/mini (the shell's
// first scripts: a fraction of classic zod's bytes). Both run zod's same core, so they accept the
// same manifests with the same issue messages.
import type { $ZodType } from 'zod/v4/core';
import type * as zm from 'zod/mini';

/**
 * The functional zod API the definition uses: zod/mini's, which classic zod provides as well (its
 * checks, `optional()`, `_default()`…), so either namespace can be passed in.
 */
export type ZodFunctionalApi = Pick<
  typeof zm,
  | 'string'
  | 'number'
  | 'boolean'
  | 'literal'
  | 'enum'
  | 'object'
  | 'array'
  | 'record'
  | 'optional'
  | '_default'
  | 'regex'
  | 'startsWith'
  | 'minLength'
  | 'gte'
  | 'lte'
  | 'refine'
  | 'superRefine'
> & {
  // As a plain core schema: classic's and mini's ISO datetime types differ in a generic method.
  iso: { datetime(params: { offset: boolean }): $ZodType<string, string> };
};

/** Page regions the shell lays out; route applications render in `main`. */
export const SLOTS = ['header', 'main', 'footer'] as const;

/**
 * The version of the module host contract (`host.ts`, `events.ts`) this shell provides. A module
 * records the version it was built against; it runs on any shell with the same major version and
 * at least its minor (caret rule). Additions bump the minor; anything that breaks a module, the major.
 */
export const HOST_CONTRACT_VERSION = '1.0.0';

/** Does a shell providing `provided` satisfy a module built against `required`? (`^required`.) */
export function hostContractSupports(required: string, provided: string = HOST_CONTRACT_VERSION): boolean {
  const [rMajor, rMinor, rPatch] = required.split('.').map(Number) as [number, number, number];
  const [pMajor, pMinor, pPatch] = provided.split('.').map(Number) as [number, number, number];
  if (rMajor !== pMajor) return false;
  // Below 1.0.0 every minor may break (semver's caret rule).
  if (rMajor === 0) return rMinor === pMinor && pPatch >= rPatch;
  return pMinor > rMinor || (pMinor === rMinor && pPatch >= rPatch);
}

/**
 * Version 1. Fields added since (integrity, contract, canary, testing, createdBy, notes) are optional,
 * so shells that predate them still read newer manifests; a change that an older shell must not
 * silently ignore would bump this number.
 */
export const RELEASE_SCHEMA_VERSION = 1;

/** Builds the release schemas with one zod flavour; see the two entries that call it. */
export function defineReleaseSchemas(z: ZodFunctionalApi) {
  /** Kebab-case module name, e.g. `fee-directory`. */
  const moduleNameSchema = z
    .string()
    .check(z.regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'module names are kebab-case, e.g. fee-directory'));

  const semverSchema = z
    .string()
    .check(z.regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/, 'versions are semver, e.g. 1.2.3'));

  const routeSchema = z.string().check(z.regex(/^\/[a-z0-9-]*$/, 'routes are absolute paths like /fees'));

  /**
   * One single-spa application a module provides: either always mounted in a fixed slot (header,
   * footer) or mounted in the main slot while its route is active.
   */
  const releaseAppSchema = z
    .object({
      /** What the module exposes for this application (single-spa lifecycles). */
      expose: z.string().check(z.startsWith('./')),
      route: z.optional(routeSchema),
      slot: z.optional(z.enum(SLOTS)),
    })
    .check(
      z.refine((app) => (app.route === undefined) !== (app.slot === undefined), {
        message: 'an application has either a route or a fixed slot, not both',
      }),
    );

  const contractVersionSchema = z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'contract versions are major.minor.patch'));

  /** A Subresource Integrity value, e.g. `sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC`. */
  const sriSchema = z
    .string()
    .check(z.regex(/^sha(256|384|512)-[A-Za-z0-9+/]+={0,2}$/, 'integrity values are SRI hashes, e.g. sha384-…'));

  /**
   * SRI hashes of a module version's files, by path relative to the entry's folder
   * (`mf-manifest.json`, `remoteEntry.js`). The shell refuses a file whose bytes do not match.
   */
  const integrityMapSchema = z.record(z.string(), sriSchema).check(
    z.superRefine((map, ctx) => {
      for (const path of Object.keys(map)) {
        if (!/^[\w@-][\w@./-]*$/.test(path) || path.split('/').includes('..')) {
          ctx.addIssue({
            code: 'custom',
            path: [path],
            message: 'integrity keys are paths inside the module folder, e.g. remoteEntry.js',
          });
        }
      }
    }),
  );

  /** Another version of one module, served to a deterministic share of users (by user id or cookie). */
  const releaseCanarySchema = z.object({
    version: semverSchema,
    entry: z.string().check(z.minLength(1)),
    integrity: z.optional(integrityMapSchema),
    contract: z.optional(contractVersionSchema),
    /** Share of users, 0–100, who get this version instead of the module's own. */
    percent: z.number().check(z.gte(0), z.lte(100)),
  });

  /** One deployable module: a federated remote at one version, and the applications it provides. */
  const releaseModuleSchema = z.object({
    name: moduleNameSchema,
    version: semverSchema,
    /** The federated container's name, as set in the module's federation config. */
    remoteName: z.string().check(z.regex(/^[A-Za-z_$][\w$]*$/, 'remote names are valid JS identifiers')),
    /** URL of the module's mf-manifest.json (preferred) or remoteEntry.js; may be relative to the manifest. */
    entry: z.string().check(z.minLength(1)),
    apps: z.array(releaseAppSchema).check(z.minLength(1)),
    /** Optional: the shell verifies these files before running the module. */
    integrity: z.optional(integrityMapSchema),
    /** Optional: the host contract version the module was built against (see HOST_CONTRACT_VERSION). */
    contract: z.optional(contractVersionSchema),
    canary: z.optional(releaseCanarySchema),
  });

  const originSchema = z.string().check(z.regex(/^https?:\/\/[^/\s?#]+$/, 'origins look like http://localhost:5102'));

  /**
   * May testers point a module at another version (or a dev server) in their own browser? Off unless a
   * release says so, and even then not while the release is live in production unless `inProduction`.
   */
  const releaseTestingSchema = z.object({
    overrides: z._default(z.boolean(), false),
    /** Origins besides the release's own module origins an override may load from (dev servers). */
    origins: z._default(z.array(originSchema), []),
    inProduction: z._default(z.boolean(), false),
  });

  const releaseManifestSchema = z
    .object({
      schemaVersion: z.literal(RELEASE_SCHEMA_VERSION),
      release: z.object({
        id: z.string().check(z.minLength(1)),
        createdAt: z.iso.datetime({ offset: true }),
        /** The channel the manifest is served on (production, staging…); the host stamps it. */
        channel: z._default(z.string(), 'production'),
        createdBy: z.optional(z.string()),
        notes: z.optional(z.string()),
        /** The release this one was composed from. */
        basedOn: z.optional(z.string()),
      }),
      /** Where the shell's /api calls go; relative URLs resolve against the page. */
      apiBaseUrl: z._default(z.string(), '/api'),
      modules: z.array(releaseModuleSchema).check(z.minLength(1)),
      testing: z.optional(releaseTestingSchema),
    })
    .check(
      z.superRefine((manifest, ctx) => {
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
      }),
    );

  return {
    moduleNameSchema,
    releaseAppSchema,
    sriSchema,
    integrityMapSchema,
    releaseCanarySchema,
    releaseModuleSchema,
    releaseTestingSchema,
    releaseManifestSchema,
  };
}

type ReleaseSchemas = ReturnType<typeof defineReleaseSchemas>;
export type ReleaseApp = zm.infer<ReleaseSchemas['releaseAppSchema']>;
export type IntegrityMap = zm.infer<ReleaseSchemas['integrityMapSchema']>;
export type ReleaseCanary = zm.infer<ReleaseSchemas['releaseCanarySchema']>;
export type ReleaseModule = zm.infer<ReleaseSchemas['releaseModuleSchema']>;
export type ReleaseTesting = zm.infer<ReleaseSchemas['releaseTestingSchema']>;
export type ReleaseManifest = zm.infer<ReleaseSchemas['releaseManifestSchema']>;
export type ReleaseManifestInput = zm.input<ReleaseSchemas['releaseManifestSchema']>;

/** Parses unknown JSON into a release manifest, or returns readable issues (one per line). */
export function readReleaseManifest(
  schema: ReleaseSchemas['releaseManifestSchema'],
  input: unknown,
): { ok: true; manifest: ReleaseManifest } | { ok: false; issues: string[] } {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, manifest: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
  };
}
