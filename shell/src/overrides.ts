import type { ReleaseManifest, ReleaseModule } from '@sw/contracts';
import { OVERRIDE_PARAM, OVERRIDES_KEY } from './overrideKeys.ts';

export { OVERRIDE_PARAM, OVERRIDES_KEY };

export type Overrides = Record<string, string>;

export interface OverrideOutcome {
  manifest: ReleaseManifest;
  applied: Array<{ module: string; target: string }>;
  /** Overrides asked for but not applied, with the reason (for the console). */
  refused: Array<{ module: string; target: string; reason: string }>;
}

function stored(storage: Storage): Overrides {
  try {
    const value = JSON.parse(storage.getItem(OVERRIDES_KEY) ?? '{}') as unknown;
    return value && typeof value === 'object' ? (value as Overrides) : {};
  } catch {
    return {};
  }
}

/**
 * The tester's overrides: those kept in the browser, updated by `?sw-override=` (several allowed,
 * comma-separated; `name@` drops one, `off` drops all). What the query says is kept for later pages.
 */
export function readOverrides(location: Location | URL, storage: Storage): Overrides {
  const overrides = stored(storage);
  const params = new URL(location.href).searchParams.getAll(OVERRIDE_PARAM).flatMap((v) => v.split(','));
  if (params.length === 0) return overrides;
  for (const param of params.map((p) => p.trim()).filter(Boolean)) {
    if (param === 'off') {
      for (const name of Object.keys(overrides)) delete overrides[name];
      continue;
    }
    const at = param.indexOf('@');
    if (at <= 0) continue;
    const [name, target] = [param.slice(0, at), param.slice(at + 1)];
    if (target) overrides[name] = target;
    else delete overrides[name];
  }
  if (Object.keys(overrides).length) storage.setItem(OVERRIDES_KEY, JSON.stringify(overrides));
  else storage.removeItem(OVERRIDES_KEY);
  return overrides;
}

export function clearOverrides(storage: Storage): void {
  storage.removeItem(OVERRIDES_KEY);
}

const SEMVER = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;

/** The module pointed at another version or URL, or the reason it may not be. */
function overridden(module: ReleaseModule, target: string, allowedOrigins: string[]): ReleaseModule | string {
  const base: ReleaseModule = { ...module, integrity: undefined, contract: undefined, canary: undefined };
  if (SEMVER.test(target)) {
    // Another version from the same CDN folder layout: modules/<name>/<version>/…
    const marker = `/${module.name}/${module.version}/`;
    if (!module.entry.includes(marker)) return `its entry ${module.entry} does not follow modules/<name>/<version>/`;
    return { ...base, version: target, entry: module.entry.replace(marker, `/${module.name}/${target}/`) };
  }
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return `"${target}" is neither a version nor a URL`;
  }
  const origins = new Set([new URL(module.entry).origin, ...allowedOrigins]);
  if (!origins.has(url.origin)) return `${url.origin} is not among the origins this release allows for overrides`;
  if (!/\.(json|js)$/.test(url.pathname)) return `${target} is not an mf-manifest.json or remoteEntry.js`;
  return { ...base, version: `${module.version}-override`, entry: url.href };
}

/**
 * Applies the tester's overrides when the release allows them: `testing.overrides`, and only off
 * production unless `testing.inProduction`. Anything else is refused, never silently loaded.
 */
export function applyOverrides(manifest: ReleaseManifest, overrides: Overrides): OverrideOutcome {
  const outcome: OverrideOutcome = { manifest, applied: [], refused: [] };
  const wanted = Object.entries(overrides);
  if (wanted.length === 0) return outcome;
  const { testing } = manifest;
  const allowed = testing?.overrides === true && (manifest.release.channel !== 'production' || testing.inProduction);
  const notAllowed = !testing?.overrides
    ? `release ${manifest.release.id} does not allow testing overrides`
    : `release ${manifest.release.id} allows testing overrides only off production`;
  const modules = manifest.modules.map((module) => {
    const target = overrides[module.name];
    if (target === undefined) return module;
    if (!allowed) {
      outcome.refused.push({ module: module.name, target, reason: notAllowed });
      return module;
    }
    const result = overridden(module, target, testing?.origins ?? []);
    if (typeof result === 'string') {
      outcome.refused.push({ module: module.name, target, reason: result });
      return module;
    }
    outcome.applied.push({ module: module.name, target });
    return result;
  });
  for (const [module, target] of wanted) {
    if (!manifest.modules.some((m) => m.name === module)) {
      outcome.refused.push({ module, target, reason: `${module} is not in release ${manifest.release.id}` });
    }
  }
  return { ...outcome, manifest: { ...manifest, modules } };
}
