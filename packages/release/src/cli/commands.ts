import { readFileSync } from 'node:fs';
import { RELEASE_CHANNELS, releaseTestingSchema, type ReleaseChannel, type ReleaseTesting } from '@sw/contracts';
import { deployedModules, deployedVersions } from '../cdn.ts';
import { parseModuleRef } from '../compose.ts';
import { ReleaseError } from '../errors.ts';
import type { ReleaseService } from '../service.ts';
import { formatChannel, formatDiff, formatHistory, formatModules, formatValidation } from './format.ts';

export interface CommandContext {
  service: ReleaseService;
  root: string;
  actor: string;
  positionals: string[];
  values: Record<string, string | boolean | string[] | undefined>;
  /** Print machine-readable JSON instead of text. */
  json: boolean;
  out: (line: string) => void;
}

const list = (value: unknown): string[] => (Array.isArray(value) ? value : typeof value === 'string' ? [value] : []);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function revision(value: unknown, option: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0)
    throw new ReleaseError('usage', `${option} takes a revision number, e.g. ${option} 4`);
  return number;
}

function needs(positionals: string[], count: number, usage: string): string[] {
  if (positionals.length < count) throw new ReleaseError('usage', `usage: pnpm release ${usage}`);
  return positionals;
}

/** `--canary fee-directory@1.3.0:10` → a canary of 10%. */
function parseCanary(value: string) {
  const match = /^(.+):(\d+(?:\.\d+)?)%?$/.exec(value);
  if (!match) throw new ReleaseError('usage', `"${value}" is not name@version:percent, e.g. fee-directory@1.3.0:10`);
  return { ...parseModuleRef(match[1]!), percent: Number(match[2]) };
}

function testingPolicy(values: CommandContext['values']): ReleaseTesting | null | undefined {
  if (values['no-overrides']) return null;
  const origins = list(values['override-origin']);
  if (!values['allow-overrides'] && !values['overrides-in-production'] && origins.length === 0) return undefined;
  const parsed = releaseTestingSchema.safeParse({
    overrides: true,
    origins,
    inProduction: Boolean(values['overrides-in-production']),
  });
  if (!parsed.success) throw new ReleaseError('usage', parsed.error.issues.map((i) => i.message).join('; '));
  return parsed.data;
}

const print = (context: CommandContext, data: unknown, lines: () => string[]) => {
  if (context.json) context.out(JSON.stringify(data, null, 2));
  else lines().forEach(context.out);
};

export const COMMANDS: Record<string, (context: CommandContext) => Promise<void> | void> = {
  status(context) {
    const { service } = context;
    const channels = RELEASE_CHANNELS.map((name) => ({ name, state: service.channel(name) }));
    print(context, { channels: service.overview().channels }, () =>
      channels.flatMap(({ name, state }) => [
        formatChannel(state, name),
        ...(state ? formatModules(service.release(state.releaseId)) : []),
        '',
      ]),
    );
  },

  list(context) {
    const { releases } = context.service.overview();
    print(context, releases, () =>
      releases.map(
        (r) =>
          `  ${r.id.padEnd(16)} ${r.createdAt}  ${(r.createdBy ?? '').padEnd(12)} ${r.modules.map((m) => `${m.name}@${m.version}`).join(' ')}${r.notes ? `  “${r.notes}”` : ''}`,
      ),
    );
  },

  show(context) {
    const [ref] = needs(context.positionals, 1, 'show <release|channel>');
    context.out(JSON.stringify(context.service.release(ref!), null, 2));
  },

  versions(context) {
    const { service } = context;
    const names = context.positionals.length ? context.positionals : deployedModules(service.cdnDir);
    const data = names.map((name) => ({ name, versions: deployedVersions(service.cdnDir, name) }));
    print(context, data, () =>
      data.flatMap(({ name, versions }) => [
        name,
        ...(versions.length
          ? versions.map((v) => `  ${v.version.padEnd(24)} ${v.deployedAt}  ${v.deployedBy}`)
          : ['  (nothing deployed)']),
      ]),
    );
  },

  async deploy(context) {
    const [name] = needs(context.positionals, 1, 'deploy <module> [--from <build folder>] [--version <semver>]');
    const result = await context.service.deploy({
      root: context.root,
      name: name!,
      actor: context.actor,
      ...(text(context.values.from) ? { from: text(context.values.from)! } : {}),
      ...(text(context.values.version) ? { version: text(context.values.version)! } : {}),
      log: context.json ? () => {} : (line) => context.out(line),
    });
    print(context, result, () => [
      result.status === 'unchanged'
        ? `${result.record.name} ${result.record.version} was already deployed with the same files (${result.folder})`
        : `next: pnpm release compose --set ${result.record.name}@${result.record.version}`,
    ]);
  },

  async compose(context) {
    const { values } = context;
    const testing = testingPolicy(values);
    const result = await context.service.compose({
      actor: context.actor,
      set: list(values.set).map(parseModuleRef),
      remove: list(values.remove),
      canary: list(values.canary).map(parseCanary),
      endCanary: list(values['end-canary']),
      ...(testing !== undefined ? { testing } : {}),
      ...(text(values.base) ? { base: text(values.base)! } : {}),
      ...(text(values.note) ? { notes: text(values.note)! } : {}),
      ...(values['expect-staging'] !== undefined
        ? { expectedStagingRevision: revision(values['expect-staging'], '--expect-staging')! }
        : {}),
      dryRun: Boolean(values['dry-run']),
    });
    print(context, result, () => [
      values['dry-run'] ? 'dry run: nothing stored' : `release ${result.release.release.id} is on staging`,
      ...formatModules(result.release),
      ...(result.diff ? ['changes:', ...formatDiff(result.diff)] : []),
      'validation:',
      ...formatValidation(result.validation),
      ...(values['dry-run'] ? [] : [`next: pnpm release promote ${result.release.release.id}`]),
    ]);
  },

  async validate(context) {
    const [ref] = needs(context.positionals, 1, 'validate <release|channel|file.json>');
    const input = ref!.endsWith('.json') ? (JSON.parse(readFileSync(ref!, 'utf8')) as unknown) : ref!;
    const validation = await context.service.validate(input);
    print(context, validation, () => [`release ${validation.releaseId}:`, ...formatValidation(validation)]);
    if (!validation.ok) process.exitCode = 4;
  },

  diff(context) {
    const [from, to] = needs(context.positionals, 2, 'diff <from> <to>   (release ids or channels)');
    const diff = context.service.diff(from!, to!);
    print(context, diff, () => [`${diff.from} → ${diff.to}:`, ...formatDiff(diff)]);
  },

  async promote(context) {
    const state = await context.service.promote({
      actor: context.actor,
      ...(context.positionals[0] ? { releaseId: context.positionals[0] } : {}),
      ...(context.values.expect !== undefined
        ? { expectedRevision: revision(context.values.expect, '--expect')! }
        : {}),
      ...(text(context.values.note) ? { note: text(context.values.note)! } : {}),
    });
    print(context, state, () => [`production is now release ${state.releaseId} (revision ${state.revision})`]);
  },

  async rollback(context) {
    const state = await context.service.rollback({
      actor: context.actor,
      ...(context.positionals[0] ? { releaseId: context.positionals[0] } : {}),
      ...(context.values.expect !== undefined
        ? { expectedRevision: revision(context.values.expect, '--expect')! }
        : {}),
      ...(text(context.values.note) ? { note: text(context.values.note)! } : {}),
    });
    print(context, state, () => [`production is back at release ${state.releaseId} (revision ${state.revision})`]);
  },

  history(context) {
    const channel = text(context.values.channel);
    if (channel && !(RELEASE_CHANNELS as readonly string[]).includes(channel)) {
      throw new ReleaseError('usage', `--channel is ${RELEASE_CHANNELS.join(' or ')}`);
    }
    const entries = context.service.history({
      ...(channel ? { channel: channel as ReleaseChannel } : {}),
      limit: Number(text(context.values.limit) ?? 20),
    });
    print(context, entries, () => (entries.length ? formatHistory(entries) : ['  (no history yet)']));
  },
};

export const HELP = `pnpm release <command>   (the release tool of the Single Window Suite; docs/releases.md)

  status                          what is on staging and production
  list                            every stored release, newest first
  show <release|channel>          one release manifest (JSON)
  versions [module…]              module versions deployed to the CDN folder
  deploy <module>                 build one module and deploy it at its package version
      [--from <build folder>]       deploy an existing build instead (CI artifact, apps/<module>/dist)
      [--version <semver>]          publish under another version than package.json's
  compose                         compose a release from production's (or --base), validate it, put it on staging
      [--set name@version]…         use this deployed version (adds the module if new)
      [--remove name]…              leave a module out
      [--canary name@version:pct]…  send pct % of users to another version of one module
      [--end-canary name]…          end a canary
      [--allow-overrides]           testers may override module versions (not in production)
      [--override-origin url]…      …and point modules at these origins (dev servers)
      [--overrides-in-production]   …also while the release is in production
      [--no-overrides]              turn testing overrides off
      [--base release|channel] [--note text] [--expect-staging rev] [--dry-run]
  validate <release|channel|file> check a release (exit 4 when refused)
  diff <from> <to>                what changes between two releases (ids or channels)
  promote [release]               make staging's release (or a staged one) live
      [--expect rev] [--note text]  refuse if production is no longer at revision rev
  rollback [release]              point production back at the previous (or a given earlier) release
      [--expect rev] [--note text]
  history [--channel c] [--limit n]

  --data <dir>   where releases/ and cdn/ live (default: data/ or $SW_DATA_DIR)
  --as <name>    who you are, for the history (default: $SW_RELEASE_ACTOR or your user name)
  --json         machine-readable output`;
