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

/** One deployable module: a federated remote at one version, and the applications it provides. */
export const releaseModuleSchema = z.object({
  name: moduleNameSchema,
  version: semverSchema,
  /** The federated container's name, as set in the module's federation config. */
  remoteName: z.string().regex(/^[A-Za-z_$][\w$]*$/, 'remote names are valid JS identifiers'),
  /** URL of the module's mf-manifest.json (preferred) or remoteEntry.js; may be relative to the manifest. */
  entry: z.string().min(1),
  apps: z.array(releaseAppSchema).min(1),
});
export type ReleaseModule = z.infer<typeof releaseModuleSchema>;

export const RELEASE_SCHEMA_VERSION = 1;

export const releaseManifestSchema = z
  .object({
    schemaVersion: z.literal(RELEASE_SCHEMA_VERSION),
    release: z.object({
      id: z.string().min(1),
      createdAt: z.iso.datetime({ offset: true }),
      channel: z.string().default('production'),
    }),
    /** Where the shell's /api calls go; relative URLs resolve against the page. */
    apiBaseUrl: z.string().default('/api'),
    modules: z.array(releaseModuleSchema).min(1),
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
