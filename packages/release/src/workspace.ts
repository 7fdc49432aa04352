import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { releaseAppSchema } from '@sw/contracts';

/** The `swModule` block of a module's package.json: how it is federated, served and mounted. */
export const swModuleSchema = z.object({
  remoteName: z.string(),
  port: z.number().int().min(1024).max(65535),
  apps: z.array(releaseAppSchema).min(1),
});

export interface WorkspaceModule {
  /** Folder name under apps/, which is also the module's name. */
  name: string;
  /** The package version: the version a deploy publishes. */
  version: string;
  dir: string;
  /** Where `pnpm build` puts the module's build. */
  distDir: string;
  remoteName: string;
  port: number;
  apps: z.infer<typeof releaseAppSchema>[];
}

function readModule(appsDir: string, name: string): WorkspaceModule | undefined {
  const dir = join(appsDir, name);
  if (!existsSync(join(dir, 'package.json'))) return undefined;
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string; swModule?: unknown };
  if (!pkg.swModule) return undefined;
  const parsed = swModuleSchema.safeParse(pkg.swModule);
  if (!parsed.success) {
    throw new Error(`apps/${name}/package.json: swModule is not valid: ${parsed.error.issues[0]?.message ?? ''}`);
  }
  return { name, version: pkg.version, dir, distDir: join(dir, 'dist'), ...parsed.data };
}

/** Every module of the workspace (apps/* with an `swModule` block), sorted by port. */
export function workspaceModules(root: string): WorkspaceModule[] {
  const appsDir = join(root, 'apps');
  return readdirSync(appsDir)
    .flatMap((name) => readModule(appsDir, name) ?? [])
    .sort((a, b) => a.port - b.port);
}

/** One module of the workspace by name, or undefined. */
export function workspaceModule(root: string, name: string): WorkspaceModule | undefined {
  return /^[a-z][a-z0-9-]*$/.test(name) ? readModule(join(root, 'apps'), name) : undefined;
}

/**
 * The changelog section of one version (`## 1.2.0` … up to the next `## `) from the module's
 * CHANGELOG.md, or undefined when there is none.
 */
export function changelogSection(moduleDir: string, version: string): string | undefined {
  const file = join(moduleDir, 'CHANGELOG.md');
  if (!existsSync(file)) return undefined;
  const lines = readFileSync(file, 'utf8').split('\n');
  const start = lines.findIndex((line) =>
    new RegExp(`^##\\s+\\[?${version.replace(/[.+]/g, '\\$&')}\\]?(\\s|$)`).test(line),
  );
  if (start < 0) return undefined;
  const end = lines.findIndex((line, index) => index > start && /^##\s/.test(line));
  return lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join('\n')
    .trim();
}
