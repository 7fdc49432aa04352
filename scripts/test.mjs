// `npm test`: every check and test the project has, in the order a failure is cheapest to find.
import { ensureChromium } from './lib/chromium.mjs';
import { checkNode, installDependencies, log, pnpm } from './lib/toolchain.mjs';

checkNode();
installDependencies();
const chromium = ensureChromium();
process.env.CHROMIUM_PATH = chromium;

const steps = [
  ['type-checking every package', ['run', 'typecheck']],
  ['linting', ['run', 'lint']],
  ['checking formatting', ['run', 'format:check']],
  ['unit and contract tests', ['run', 'test:unit']],
  ['building the shell and modules (production)', ['run', 'build']],
  ['checking bundle size budgets', ['run', 'size']],
  ['end-to-end tests in Chromium', ['run', 'test:e2e']],
];
for (const [what, args] of steps) {
  log(`${what}…`);
  pnpm(args);
}
log('all tests passed');
