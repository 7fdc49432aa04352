import { beforeEach, describe, expect, it } from 'vitest';
import type { ReleaseManifest } from '@sw/contracts';
import { OVERRIDES_KEY, applyOverrides, readOverrides } from './overrides.ts';

function release(channel: string, testing?: ReleaseManifest['testing']): ReleaseManifest {
  return {
    schemaVersion: 1,
    release: { id: 'r-7', createdAt: '2026-11-27T10:00:00Z', channel },
    apiBaseUrl: '/api',
    modules: [
      {
        name: 'fee-directory',
        version: '1.0.0',
        remoteName: 'sw_fee_directory',
        entry: 'http://localhost:4102/modules/fee-directory/1.0.0/mf-manifest.json',
        apps: [{ expose: './lifecycles', route: '/fees' }],
        integrity: { 'mf-manifest.json': 'sha384-AAAA' },
        contract: '1.0.0',
      },
    ],
    ...(testing ? { testing } : {}),
  };
}
const ALLOWED = { overrides: true, origins: ['http://localhost:5102'], inProduction: false };

describe('reading overrides', () => {
  beforeEach(() => localStorage.clear());

  it('keeps what the query says for later pages, and clears one or all', () => {
    expect(
      readOverrides(new URL('http://p.test/fees?sw-override=fee-directory@1.1.0,hotline@2.0.0'), localStorage),
    ).toEqual({
      'fee-directory': '1.1.0',
      hotline: '2.0.0',
    });
    expect(readOverrides(new URL('http://p.test/'), localStorage)).toEqual({
      'fee-directory': '1.1.0',
      hotline: '2.0.0',
    });
    expect(readOverrides(new URL('http://p.test/?sw-override=hotline@'), localStorage)).toEqual({
      'fee-directory': '1.1.0',
    });
    expect(readOverrides(new URL('http://p.test/?sw-override=off'), localStorage)).toEqual({});
    expect(localStorage.getItem(OVERRIDES_KEY)).toBeNull();
  });

  it('ignores garbage in storage', () => {
    localStorage.setItem(OVERRIDES_KEY, '{oops');
    expect(readOverrides(new URL('http://p.test/'), localStorage)).toEqual({});
  });
});

describe('applying overrides', () => {
  it('points a module at another deployed version, without the released hashes', () => {
    const outcome = applyOverrides(release('staging', ALLOWED), { 'fee-directory': '1.1.0' });
    expect(outcome.applied).toEqual([{ module: 'fee-directory', target: '1.1.0' }]);
    expect(outcome.manifest.modules[0]).toMatchObject({
      version: '1.1.0',
      entry: 'http://localhost:4102/modules/fee-directory/1.1.0/mf-manifest.json',
      integrity: undefined,
      contract: undefined,
    });
  });

  it('points a module at an allowed dev server', () => {
    const outcome = applyOverrides(release('staging', ALLOWED), {
      'fee-directory': 'http://localhost:5102/mf-manifest.json',
    });
    expect(outcome.manifest.modules[0]?.entry).toBe('http://localhost:5102/mf-manifest.json');
  });

  it('refuses everything when the release does not allow overrides, and in production unless it says so', () => {
    const wanted = { 'fee-directory': '1.1.0' };
    expect(applyOverrides(release('staging'), wanted).refused[0]?.reason).toBe(
      'release r-7 does not allow testing overrides',
    );
    const production = applyOverrides(release('production', ALLOWED), wanted);
    expect(production.refused[0]?.reason).toBe('release r-7 allows testing overrides only off production');
    expect(production.manifest.modules[0]?.version).toBe('1.0.0');
    const everywhere = applyOverrides(release('production', { ...ALLOWED, inProduction: true }), wanted);
    expect(everywhere.applied).toHaveLength(1);
  });

  it('refuses origins the release does not list, non-entries and unknown modules', () => {
    const outcome = applyOverrides(release('staging', ALLOWED), {
      'fee-directory': 'https://evil.example/mf-manifest.json',
      hotline: '1.0.0',
    });
    expect(outcome.refused.map((r) => r.reason)).toEqual([
      'https://evil.example is not among the origins this release allows for overrides',
      'hotline is not in release r-7',
    ]);
    expect(outcome.manifest.modules[0]?.entry).toContain('/1.0.0/');
    const page = applyOverrides(release('staging', ALLOWED), { 'fee-directory': 'http://localhost:5102/fees' });
    expect(page.refused[0]?.reason).toBe('http://localhost:5102/fees is not an mf-manifest.json or remoteEntry.js');
  });
});
