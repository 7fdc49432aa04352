#!/usr/bin/env node
// `npm start` ends here: serve the built suite until Ctrl+C.
import { fileURLToPath } from 'node:url';
import { startSuite } from './suite.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const port = Number(process.env.PORT ?? 4100);
// Moves every module's port, so a second suite (another e2e run) can run beside `npm start`.
const modulePortOffset = Number(process.env.SW_MODULE_PORT_OFFSET ?? 0);
// SW_ONLY_BUILT=1 leaves unbuilt modules out of the release instead of refusing to start.
const onlyBuilt = process.env.SW_ONLY_BUILT === '1';
// Releases and the module CDN: data/ by default; the e2e runs use a throw-away folder, reset at start.
const dataDir = process.env.SW_DATA_DIR || undefined;
const resetData = process.env.SW_DATA_RESET === '1';

const suite = await startSuite({ root, port, modulePortOffset, onlyBuilt, dataDir, resetData });
for (const module of suite.modules)
  console.log(`  module ${module.name.padEnd(16)} ${module.url}/modules/${module.name}/`);
console.log(`  api    ${'/api'.padEnd(16)} ${suite.url}api/docs  (${suite.api})`);
const live = suite.releases.channel('production');
console.log(
  `  release ${live ? `${live.releaseId} (set by ${live.updatedBy})` : '(none live)'}  ·  data in ${suite.dataDir}  ·  pnpm release status`,
);
for (const message of suite.published?.messages ?? []) console.log(`  note: ${message}`);
console.log(`\n  Single Window Suite is running: \x1b[1m${suite.url}\x1b[0m  (Ctrl+C to stop)\n`);

const stop = () => {
  void suite.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
