import { describe, expect, it } from 'vitest';
import type { ReleaseModule } from '@sw/contracts';
import { CANARY_COOKIE, canaryBucket, canarySubject, chooseVariant } from './canary.ts';

const fees: ReleaseModule = {
  name: 'fee-directory',
  version: '1.0.0',
  remoteName: 'sw_fee_directory',
  entry: 'http://cdn.test/modules/fee-directory/1.0.0/mf-manifest.json',
  apps: [{ expose: './lifecycles', route: '/fees' }],
  integrity: { 'mf-manifest.json': 'sha384-AAAA' },
  canary: {
    version: '1.1.0',
    entry: 'http://cdn.test/modules/fee-directory/1.1.0/mf-manifest.json',
    integrity: { 'mf-manifest.json': 'sha384-BBBB' },
    percent: 25,
  },
};

describe('canary selection', () => {
  it('puts a subject in the same bucket every time, per module', () => {
    expect(canaryBucket('user:li.na', 'fee-directory')).toBe(canaryBucket('user:li.na', 'fee-directory'));
    expect(canaryBucket('user:li.na', 'fee-directory')).toBeGreaterThanOrEqual(0);
    expect(canaryBucket('user:li.na', 'fee-directory')).toBeLessThan(10_000);
  });

  it('sends about the configured share of users to the canary', () => {
    const subjects = Array.from({ length: 4000 }, (_, i) => `browser:${i}`);
    const share = subjects.filter((s) => chooseVariant(fees, s).version === '1.1.0').length / subjects.length;
    expect(share).toBeGreaterThan(0.22);
    expect(share).toBeLessThan(0.28);
  });

  it('swaps version, entry and integrity for the canary, and drops the canary block either way', () => {
    const subjects = Array.from({ length: 200 }, (_, i) => `browser:${i}`);
    const inCanary = chooseVariant(
      fees,
      subjects.find((s) => canaryBucket(s, 'fee-directory') < 2500)!,
    );
    expect(inCanary).toMatchObject({ version: '1.1.0', entry: fees.canary!.entry, integrity: fees.canary!.integrity });
    const released = chooseVariant(
      fees,
      subjects.find((s) => canaryBucket(s, 'fee-directory') >= 2500)!,
    );
    expect(released).toMatchObject({ version: '1.0.0', entry: fees.entry, integrity: fees.integrity });
    expect('canary' in inCanary || 'canary' in released).toBe(false);
  });

  it('gives nobody a 0% canary and everybody a 100% one', () => {
    const subjects = Array.from({ length: 300 }, (_, i) => `browser:${i}`);
    const none = { ...fees, canary: { ...fees.canary!, percent: 0 } };
    const all = { ...fees, canary: { ...fees.canary!, percent: 100 } };
    expect(subjects.every((s) => chooseVariant(none, s).version === '1.0.0')).toBe(true);
    expect(subjects.every((s) => chooseVariant(all, s).version === '1.1.0')).toBe(true);
  });

  it("uses the signed-in user's id, else a cookie set once for the browser", () => {
    document.cookie = `${CANARY_COOKIE}=; max-age=0; path=/`;
    expect(canarySubject('operator-yict')).toBe('user:operator-yict');
    const first = canarySubject(undefined);
    expect(first).toMatch(/^browser:.+/);
    expect(document.cookie).toContain(`${CANARY_COOKIE}=`);
    expect(canarySubject(undefined)).toBe(first);
  });
});
