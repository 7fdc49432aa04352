// `pnpm size`: gzip sizes of the shell entry and each module's own JS against budgets.json; fails
// (exit 1) when one grows past its budget. Also prints the shell's page libraries (not budgeted).
// Run after `pnpm build`.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { moduleSize, pageLibrariesSize, shellEntrySize } from './bundleSizes.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const budgets = JSON.parse(readFileSync(join(root, 'bench', 'budgets.json'), 'utf8')) as {
  shellEntryKb: number;
  embedLoaderKb: number;
  modulesOwnJsKb: Record<string, number>;
};
const kb = (bytes: number) => bytes / 1024;
const rows: Array<[string, number, number]> = [];

const shell = shellEntrySize(join(root, 'shell', 'dist'));
rows.push(['shell entry (index.html scripts)', kb(shell.entry), budgets.shellEntryKb]);
rows.push(['sw-embed.js (with its imports)', kb(shell.embed), budgets.embedLoaderKb]);
for (const name of readdirSync(join(root, 'apps'))) {
  const dist = join(root, 'apps', name, 'dist');
  if (!existsSync(dist)) continue;
  const budget = budgets.modulesOwnJsKb[name];
  if (budget === undefined) {
    console.error(`no size budget for module ${name}: add it to bench/budgets.json`);
    process.exitCode = 1;
    continue;
  }
  rows.push([`${name} own JS`, kb(moduleSize(name, dist).ownJs), budget]);
}

console.log('size (gzip)                           KB   budget');
let over = false;
for (const [what, size, budget] of rows) {
  const mark = size > budget ? '  OVER BUDGET' : '';
  over ||= size > budget;
  console.log(`${what.padEnd(34)} ${size.toFixed(1).padStart(7)} ${budget.toFixed(0).padStart(8)}${mark}`);
}
const libraries = kb(pageLibrariesSize(join(root, 'shell', 'dist')));
console.log(`${'shell page libraries (all)'.padEnd(34)} ${libraries.toFixed(1).padStart(7)}        —`);
if (over) {
  console.error('\nA bundle grew past its budget: shrink it, or raise the budget in bench/budgets.json with a reason.');
  process.exitCode = 1;
}
