import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { releaseAppSchema } from '@sw/contracts';

/** The `swModule` block of a module's package.json: how it is federated and where it mounts. */
const swModuleSchema = z.object({
  remoteName: z.string(),
  port: z.number().int().min(1024).max(65535),
  apps: z.array(releaseAppSchema).min(1),
});

export interface LocalModule {
  /** Folder name under apps/, which is also the module's name. */
  name: string;
  version: string;
  dir: string;
  distDir: string;
  remoteName: string;
  port: number;
  apps: z.infer<typeof releaseAppSchema>[];
}

/** Finds every module of the workspace (apps/* with an `swModule` block), sorted by port. */
export function discoverModules(root: string): LocalModule[] {
  const appsDir = join(root, 'apps');
  return readdirSync(appsDir)
    .filter((name) => existsSync(join(appsDir, name, 'package.json')))
    .flatMap((name) => {
      const dir = join(appsDir, name);
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        version: string;
        swModule?: unknown;
      };
      if (!pkg.swModule) return [];
      const config = swModuleSchema.parse(pkg.swModule);
      return [{ name, version: pkg.version, dir, distDir: join(dir, 'dist'), ...config }];
    })
    .sort((a, b) => a.port - b.port);
}
