import { z } from 'zod';

/** Files a shared package or an expose loads, relative to the manifest's folder. */
const assetsSchema = z
  .object({ js: z.object({ sync: z.array(z.string()).default([]), async: z.array(z.string()).default([]) }) })
  .optional();

/** The parts of a Module Federation `mf-manifest.json` the release tool and the portal's preloads read. */
export const mfManifestSchema = z.object({
  name: z.string(),
  metaData: z.object({
    remoteEntry: z.object({ name: z.string(), path: z.string().default('') }),
  }),
  shared: z
    .array(
      z.object({
        name: z.string(),
        version: z.string(),
        singleton: z.boolean().optional(),
        requiredVersion: z.union([z.string(), z.literal(false)]).optional(),
        assets: assetsSchema,
      }),
    )
    .default([]),
  exposes: z.array(z.object({ path: z.string(), assets: assetsSchema })).default([]),
});
export type MfManifest = z.infer<typeof mfManifestSchema>;
export type MfShared = MfManifest['shared'][number];

/** The remote entry's path relative to the manifest's folder. */
export function remoteEntryPath(manifest: MfManifest): string {
  const { name, path } = manifest.metaData.remoteEntry;
  return path ? `${path.replace(/\/$/, '')}/${name}` : name;
}

/**
 * The chunk an expose loads, read from the remote entry the federation plugin generates
 * (`"./lifecycles":async()=>{… import(`./assets/lifecycles-Ab12.js`) …}`); undefined when the entry
 * has another shape.
 */
export function exposeChunk(remoteEntrySource: string, expose: string): string | undefined {
  const key = JSON.stringify(expose);
  const start = remoteEntrySource.indexOf(`${key}:`);
  if (start < 0) return undefined;
  const match = /import\(\s*[`'"]\.\/([^`'"]+)[`'"]\s*\)/.exec(remoteEntrySource.slice(start, start + 2000));
  return match?.[1];
}

/** Names a built ES module exports (`export{a as mount,b}` clauses), for the lifecycle check. */
export function exportedNames(source: string): Set<string> {
  const names = new Set<string>();
  for (const clause of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of clause[1]!.split(',')) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .pop()
        ?.trim();
      if (name) names.add(name);
    }
  }
  for (const declared of source.matchAll(/export\s+(?:async\s+)?(?:const|let|var|function)\s+([\w$]+)/g)) {
    names.add(declared[1]!);
  }
  return names;
}
