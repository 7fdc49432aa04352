import type { ReleaseManifest } from '@sw/contracts';
import { createAuthStore } from '@sw/module-kit/host';
import { canarySubject, chooseVariants } from './canary.ts';
import { OVERRIDE_PARAM, OVERRIDES_KEY } from './overrideKeys.ts';

export interface BrowserRelease {
  manifest: ReleaseManifest;
  /** Testing overrides applied in this browser (shown in a banner). */
  overrides: Array<{ module: string; target: string }>;
}

/**
 * The release as this browser runs it: each module's canary when the user's bucket is within its
 * share (by user id when signed in, else the browser's cookie), then the tester's overrides where
 * the release allows them. Refused overrides are reported on the console, never applied.
 */
export async function releaseForThisBrowser(manifest: ReleaseManifest): Promise<BrowserRelease> {
  const user = createAuthStore({ storage: sessionStorage }).user();
  const withCanaries = chooseVariants(manifest, canarySubject(user?.id));
  // The overrides code loads only when a tester uses overrides.
  if (!localStorage.getItem(OVERRIDES_KEY) && !new URL(location.href).searchParams.has(OVERRIDE_PARAM)) {
    return { manifest: withCanaries, overrides: [] };
  }
  const { applyOverrides, readOverrides } = await import('./overrides.ts');
  const outcome = applyOverrides(withCanaries, readOverrides(location, localStorage));
  for (const { module, target, reason } of outcome.refused) {
    console.warn(`[single-window] testing override ${module} → ${target} ignored: ${reason}`);
  }
  if (outcome.applied.length) console.info('[single-window] testing overrides applied:', outcome.applied);
  return { manifest: outcome.manifest, overrides: outcome.applied };
}

/** Embedded in another site, modules run as released: no canary, no overrides (and no cookie of ours there). */
export function releasedOnly(manifest: ReleaseManifest): ReleaseManifest {
  return { ...manifest, modules: manifest.modules.map(({ canary: _canary, ...module }) => module) };
}
