import type { ReleaseManifest } from '@sw/contracts';
import { createAuthStore } from '@sw/module-kit/host';
import { canarySubject, chooseVariants } from './canary.ts';
import { applyOverrides, readOverrides } from './overrides.ts';

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
export function releaseForThisBrowser(manifest: ReleaseManifest): BrowserRelease {
  const user = createAuthStore({ storage: sessionStorage }).user();
  const withCanaries = chooseVariants(manifest, canarySubject(user?.id));
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
