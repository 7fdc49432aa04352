#!/usr/bin/env node
// `pnpm release <command>` and `pnpm deploy:module <name>`: see HELP in cli/commands.ts.
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { COMMANDS, HELP } from './cli/commands.ts';
import { ReleaseError, type ReleaseErrorCode } from './errors.ts';
import { ReleaseService } from './service.ts';

/** Exit statuses scripts can branch on. */
const EXIT: Record<ReleaseErrorCode, number> = {
  usage: 2,
  not_found: 2,
  not_allowed: 2,
  conflict: 3,
  invalid: 4,
  immutable: 4,
};

const root = fileURLToPath(new URL('../../..', import.meta.url));

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      data: { type: 'string' },
      as: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      from: { type: 'string' },
      version: { type: 'string' },
      set: { type: 'string', multiple: true },
      remove: { type: 'string', multiple: true },
      canary: { type: 'string', multiple: true },
      'end-canary': { type: 'string', multiple: true },
      'allow-overrides': { type: 'boolean' },
      'override-origin': { type: 'string', multiple: true },
      'overrides-in-production': { type: 'boolean' },
      'no-overrides': { type: 'boolean' },
      base: { type: 'string' },
      note: { type: 'string' },
      expect: { type: 'string' },
      'expect-staging': { type: 'string' },
      'dry-run': { type: 'boolean' },
      channel: { type: 'string' },
      limit: { type: 'string' },
    },
  });
  const [command, ...rest] = positionals;
  const run = command ? COMMANDS[command] : undefined;
  if (values.help || !run) {
    console.log(HELP);
    return command && !values.help ? 2 : 0;
  }
  const dataDir = resolve(values.data ?? process.env.SW_DATA_DIR ?? resolve(root, 'data'));
  await run({
    service: new ReleaseService({ dataDir }),
    root,
    actor: values.as ?? process.env.SW_RELEASE_ACTOR ?? userInfo().username,
    positionals: rest,
    values,
    json: Boolean(values.json),
    out: (line) => console.log(line),
  });
  return typeof process.exitCode === 'number' ? process.exitCode : 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof ReleaseError) {
    console.error(`release: ${error.message}`);
    process.exitCode = EXIT[error.code];
  } else if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
    console.error(`release: ${error.message}\n\n${HELP}`);
    process.exitCode = 2;
  } else {
    console.error(error);
    process.exitCode = 1;
  }
}
