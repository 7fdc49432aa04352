// Prints the current gzip sizes (no budgets), to set or review bench/budgets.json.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { moduleSize } from './bundleSizes.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
for (const name of readdirSync(join(root, 'apps'))) {
  const dist = join(root, 'apps', name, 'dist');
  if (!existsSync(dist)) continue;
  const { ownJs, sharedJs } = moduleSize(name, dist);
  console.log(
    `${name.padEnd(18)} own ${(ownJs / 1024).toFixed(1).padStart(7)} KB   shared chunks ${(sharedJs / 1024).toFixed(1).padStart(7)} KB`,
  );
}
