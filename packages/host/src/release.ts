import { RELEASE_SCHEMA_VERSION, releaseManifestSchema, type ReleaseManifest } from '@sw/contracts';
import type { LocalModule } from './modules.ts';

/**
 * The release `npm start` serves: every local module at its built version, each loaded from its
 * own origin. (Composing, promoting and rolling back real releases is the release tool's job.)
 */
export function composeLocalRelease(modules: LocalModule[], moduleOrigin: (m: LocalModule) => string): ReleaseManifest {
  return releaseManifestSchema.parse({
    schemaVersion: RELEASE_SCHEMA_VERSION,
    release: { id: `local-${new Date().toISOString()}`, createdAt: new Date().toISOString(), channel: 'local' },
    apiBaseUrl: '/api',
    modules: modules.map((m) => ({
      name: m.name,
      version: m.version,
      remoteName: m.remoteName,
      entry: `${moduleOrigin(m)}/mf-manifest.json`,
      apps: m.apps,
    })),
  });
}
