// Prints the current gzip sizes (no budgets), to set or review bench/budgets.json.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { moduleSize, pageLibrariesSize } from './bundleSizes.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1).padStart(7)} KB`;
for (const name of readdirSync(join(root, 'apps'))) {
  const dist = join(root, 'apps', name, 'dist');
  if (!existsSync(dist)) continue;
  const { ownJs, libraryCopiesJs, harnessJs } = moduleSize(name, dist);
  console.log(
    `${name.padEnd(18)} own ${kb(ownJs)}   harness only: library copies ${kb(libraryCopiesJs)}, other ${kb(harnessJs)}`,
  );
}
console.log(`${'shell'.padEnd(18)} page libraries ${kb(pageLibrariesSize(join(root, 'shell', 'dist')))}`);
