// `npm start`: install (pinned pnpm, frozen lockfile), build every package, serve the whole suite.
import { spawn } from 'node:child_process';
import { checkNode, ensurePnpm, installDependencies, log, pnpm, root } from './lib/toolchain.mjs';

checkNode();
installDependencies();
if (process.env.SW_SKIP_BUILD === '1') log('SW_SKIP_BUILD=1: serving the existing builds');
else {
  log('building the shell and every module…');
  pnpm(['run', 'build']);
}
const [command, prefix] = ensurePnpm();
const child = spawn(command, [...prefix, '--filter', '@sw/host', 'start'], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
