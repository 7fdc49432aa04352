import { z } from 'zod';

/** Kebab-case module name, e.g. `fee-directory`. */
export const moduleNameSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'module names are kebab-case, e.g. fee-directory');

const semverSchema = z
  .string()
  .regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/, 'versions are semver, e.g. 1.2.3');

const routeSchema = z.string().regex(/^\/[a-z0-9-]*$/, 'routes are absolute paths like /fees');

export const releaseModuleSchema = z
  .object({
    name: moduleNameSchema,
    version: semverSchema,
    /** The federated container's name, as set in the module's federation config. */
    remoteName: z.string().regex(/^[A-Za-z_$][\w$]*$/, 'remote names are valid JS identifiers'),
    /** URL of the module's mf-manifest.json (preferred) or remoteEntry.js; may be relative to the manifest. */
    entry: z.string().min(1),
    /** What the module exposes for the shell; always its single-spa lifecycles. */
    expose: z.string().startsWith('./').default('./lifecycles'),
    /** `frame` modules are mounted on every route; `route` modules on their own route only. */
    kind: z.enum(['frame', 'route']),
    route: routeSchema.optional(),
  })
  .refine((m) => m.kind === 'frame' || m.route !== undefined, {
    message: 'a route module needs a route',
    path: ['route'],
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
    const seen = new Map<string, number>();
    const routes = new Map<string, number>();
    manifest.modules.forEach((module, index) => {
      if (seen.has(module.name)) {
        ctx.addIssue({ code: 'custom', path: ['modules', index, 'name'], message: `module "${module.name}" is listed twice` });
      }
      seen.set(module.name, index);
      if (module.route !== undefined) {
        if (routes.has(module.route)) {
          ctx.addIssue({ code: 'custom', path: ['modules', index, 'route'], message: `route ${module.route} is claimed twice` });
        }
        routes.set(module.route, index);
      }
    });
    if (!manifest.modules.some((m) => m.kind === 'frame')) {
      ctx.addIssue({ code: 'custom', path: ['modules'], message: 'a release needs a frame module' });
    }
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
