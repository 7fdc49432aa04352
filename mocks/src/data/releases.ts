import type { ReleaseChannelState, ReleaseHistoryEntry, ReleaseManifest, ReleaseModule } from '@sw/contracts';

/**
 * Demo release history (demo data): three releases of the suite, the last one on staging with a
 * canary. Entries point at the module origins `npm start` serves; the hashes are placeholders.
 */
const PORTS: Record<string, number> = {
  frame: 4101,
  'fee-directory': 4102,
  'clearance-guide': 4103,
  'service-times': 4104,
  hotline: 4105,
  'usage-meter': 4106,
  'release-console': 4107,
};
const ROUTES: Record<string, ReleaseModule['apps']> = {
  frame: [
    { expose: './header', slot: 'header' },
    { expose: './landing', route: '/' },
    { expose: './footer', slot: 'footer' },
  ],
  'fee-directory': [{ expose: './lifecycles', route: '/fees' }],
  'clearance-guide': [{ expose: './lifecycles', route: '/clearance' }],
  'service-times': [{ expose: './lifecycles', route: '/service-times' }],
  hotline: [{ expose: './lifecycles', route: '/hotline' }],
  'usage-meter': [{ expose: './lifecycles', route: '/usage' }],
  'release-console': [{ expose: './lifecycles', route: '/releases' }],
};

const entry = (name: string, version: string) =>
  `http://localhost:${PORTS[name]}/modules/${name}/${version}/mf-manifest.json`;
const hash = (seed: string) => `sha384-${btoa(seed.padEnd(48, '.')).slice(0, 64)}`;

function demoModule(name: string, version: string): ReleaseModule {
  return {
    name,
    version,
    remoteName: `sw_${name.replaceAll('-', '_')}`,
    entry: entry(name, version),
    apps: ROUTES[name]!,
    integrity: {
      'mf-manifest.json': hash(`${name}${version}m`),
      'remoteEntry.js': hash(`${name}${version}r`),
    },
    contract: '1.0.0',
  };
}

function release(
  id: string,
  createdAt: string,
  versions: Record<string, string>,
  extra: { basedOn?: string; notes?: string; canary?: { module: string; version: string; percent: number } } = {},
): ReleaseManifest {
  return {
    schemaVersion: 1,
    release: {
      id,
      createdAt,
      channel: 'staging',
      createdBy: 'Chen Jing (admin)',
      ...(extra.notes ? { notes: extra.notes } : {}),
      ...(extra.basedOn ? { basedOn: extra.basedOn } : {}),
    },
    apiBaseUrl: '/api',
    modules: Object.entries(versions).map(([name, version]) => {
      const module = demoModule(name, version);
      const canary = extra.canary?.module === name ? extra.canary : undefined;
      if (!canary) return module;
      const variant = demoModule(name, canary.version);
      return {
        ...module,
        canary: { version: canary.version, entry: variant.entry, integrity: variant.integrity!, contract: '1.0.0', percent: canary.percent },
      };
    }),
  };
}

const FIRST: Record<string, string> = {
  frame: '0.1.0',
  'fee-directory': '0.1.0',
  'clearance-guide': '0.1.0',
  'service-times': '0.1.0',
  hotline: '0.1.0',
  'usage-meter': '0.1.0',
  'release-console': '0.1.0',
};
const SECOND = { ...FIRST, 'fee-directory': '0.2.0', hotline: '0.1.1' };
const THIRD = { ...SECOND, 'usage-meter': '0.2.0' };

export const DEMO_RELEASES: ReleaseManifest[] = [
  release('2026.11.20-1', '2026-11-20T02:10:00Z', FIRST, { notes: 'First release of the suite' }),
  release('2026.11.24-1', '2026-11-24T06:30:00Z', SECOND, {
    basedOn: '2026.11.20-1',
    notes: 'Fee history and estimator; hotline form fix',
  }),
  release('2026.11.27-1', '2026-11-27T01:45:00Z', THIRD, {
    basedOn: '2026.11.24-1',
    notes: 'Usage meter uploads; fee directory 0.3.0 for 10% of users',
    canary: { module: 'fee-directory', version: '0.3.0', percent: 10 },
  }),
];

export const DEMO_RELEASE_HISTORY: ReleaseHistoryEntry[] = [
  { at: '2026-11-27T01:46:00Z', channel: 'staging', action: 'stage', releaseId: '2026.11.27-1', previousReleaseId: '2026.11.24-1', revision: 3, actor: 'Chen Jing (admin)', note: 'Usage meter uploads' },
  { at: '2026-11-24T08:00:00Z', channel: 'production', action: 'promote', releaseId: '2026.11.24-1', previousReleaseId: '2026.11.20-1', revision: 2, actor: 'Chen Jing (admin)' },
  { at: '2026-11-24T06:31:00Z', channel: 'staging', action: 'stage', releaseId: '2026.11.24-1', previousReleaseId: '2026.11.20-1', revision: 2, actor: 'Chen Jing (admin)' },
  { at: '2026-11-20T03:00:00Z', channel: 'production', action: 'promote', releaseId: '2026.11.20-1', revision: 1, actor: 'Chen Jing (admin)', note: 'Go live' },
  { at: '2026-11-20T02:11:00Z', channel: 'staging', action: 'stage', releaseId: '2026.11.20-1', revision: 1, actor: 'Chen Jing (admin)' },
];

export const DEMO_RELEASE_CHANNELS: ReleaseChannelState[] = [
  { channel: 'staging', releaseId: '2026.11.27-1', revision: 3, updatedAt: '2026-11-27T01:46:00Z', updatedBy: 'Chen Jing (admin)' },
  { channel: 'production', releaseId: '2026.11.24-1', revision: 2, updatedAt: '2026-11-24T08:00:00Z', updatedBy: 'Chen Jing (admin)' },
];
