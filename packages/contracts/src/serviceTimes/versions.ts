import type { FieldError } from '../api/fees.ts';
import type { LocalizedText } from '../locale.ts';
import { SERVICE_OPERATIONS, type ServiceOperation } from './operations.ts';
import type { ServiceStandard, StandardPublishRequest, StandardStatus } from './standard.ts';

/** A version as stored: everything but the status, which depends on the day it is looked at. */
export type StandardVersion = Omit<ServiceStandard, 'status'>;

const keyOf = (version: { terminalId: string; operation: ServiceOperation }) =>
  `${version.terminalId}\n${version.operation}`;

/**
 * The version of one terminal's standard for one operation that applies on a date: of the versions
 * in effect by then, the one published last (a later publication always wins once it takes effect).
 * `versions` are those of one terminal and operation.
 */
export function versionInForceOn<V extends StandardVersion>(versions: readonly V[], date: string): V | undefined {
  let best: V | undefined;
  for (const version of versions) {
    if (version.effectiveFrom <= date && (!best || version.version > best.version)) best = version;
  }
  return best;
}

function statusWithin(version: StandardVersion, group: readonly StandardVersion[], date: string): StandardStatus {
  if (version.effectiveFrom <= date) {
    return versionInForceOn(group, date)?.version === version.version ? 'in-force' : 'superseded';
  }
  // Scheduled only if nothing published after it takes effect first (it would then never apply).
  return versionInForceOn(group, version.effectiveFrom)?.version === version.version ? 'scheduled' : 'superseded';
}

/** Every version with its status on `date` (YYYY-MM-DD), in the input order. */
export function withStatuses(versions: readonly StandardVersion[], date: string): ServiceStandard[] {
  const groups = new Map<string, StandardVersion[]>();
  for (const version of versions) groups.set(keyOf(version), [...(groups.get(keyOf(version)) ?? []), version]);
  return versions.map((version) => ({ ...version, status: statusWithin(version, groups.get(keyOf(version))!, date) }));
}

/**
 * The published list: for each terminal and operation the version in force and any scheduled one,
 * in the terminals' order, then the operations' order, then by version.
 */
export function currentStandards(
  versions: readonly StandardVersion[],
  date: string,
  terminalOrder: readonly string[],
): ServiceStandard[] {
  const terminalIndex = new Map(terminalOrder.map((id, index) => [id, index]));
  const operationIndex = new Map(SERVICE_OPERATIONS.map((operation, index) => [operation, index]));
  return withStatuses(versions, date)
    .filter((standard) => standard.status !== 'superseded')
    .sort(
      (a, b) =>
        (terminalIndex.get(a.terminalId) ?? Infinity) - (terminalIndex.get(b.terminalId) ?? Infinity) ||
        operationIndex.get(a.operation)! - operationIndex.get(b.operation)! ||
        a.version - b.version,
    );
}

/** True when a publish request would publish exactly what the latest version already says. */
export function repeatsVersion(request: StandardPublishRequest, latest: StandardVersion | undefined): boolean {
  if (!latest) return false;
  const text = (t: LocalizedText) => [t['zh-CN'], t['zh-HK'], t.en];
  const content = (v: StandardPublishRequest | StandardVersion) =>
    JSON.stringify([
      v.operation,
      text(v.process),
      v.timeLimit.value,
      v.timeLimit.unit,
      v.clockStart,
      v.commitmentPercent,
      text(v.conditions),
      text(v.forceMajeure),
      v.effectiveFrom,
    ]);
  return content(request) === content(latest);
}

/** A standard takes effect on publication or later, never before: the error for `effectiveFrom`, if any. */
export function backdatingError(effectiveFrom: string, today: string): FieldError | undefined {
  if (effectiveFrom >= today) return undefined;
  return {
    path: 'effectiveFrom',
    code: 'service_standard.backdated',
    message: `a standard takes effect on publication or later: ${today} or after`,
  };
}

/** The newest version among some versions (of one terminal and operation). */
export function latestVersion<V extends StandardVersion>(versions: readonly V[]): V | undefined {
  return versions.reduce<V | undefined>((latest, v) => (latest && latest.version > v.version ? latest : v), undefined);
}
