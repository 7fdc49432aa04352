import { describe, expect, it } from 'vitest';
import { makeVersion } from './testVersions.ts';
import { currentStandards, repeatsVersion, versionInForceOn, withStatuses } from './versions.ts';

const v1 = makeVersion({ version: 1, effectiveFrom: '2019-05-01', commitmentPercent: 90 });
const v2 = makeVersion({ version: 2, effectiveFrom: '2021-03-01', commitmentPercent: 95 });
const v3 = makeVersion({ version: 3, effectiveFrom: '2027-01-01', commitmentPercent: 97 });

describe('versionInForceOn', () => {
  it('picks the latest published version that has taken effect', () => {
    expect(versionInForceOn([v1, v2, v3], '2019-04-30')).toBeUndefined();
    expect(versionInForceOn([v1, v2, v3], '2019-05-01')?.version).toBe(1);
    expect(versionInForceOn([v1, v2, v3], '2026-11-27')?.version).toBe(2);
    expect(versionInForceOn([v1, v2, v3], '2027-01-01')?.version).toBe(3);
  });

  it('lets a later publication win even when an earlier one takes effect later', () => {
    const scheduled = makeVersion({ version: 2, effectiveFrom: '2027-06-01' });
    const sooner = makeVersion({ version: 3, effectiveFrom: '2026-12-01' });
    expect(versionInForceOn([v1, scheduled, sooner], '2027-07-01')?.version).toBe(3);
    expect(withStatuses([v1, scheduled, sooner], '2026-11-27').map((s) => s.status)).toEqual([
      'in-force',
      'superseded',
      'scheduled',
    ]);
  });
});

describe('currentStandards', () => {
  it('lists what is in force and what is scheduled, by terminal order then operation order', () => {
    const other = makeVersion({ terminalId: 'sct', operation: 'in-yard-transfer' });
    const pickup = makeVersion({ operation: 'cargo-pickup' });
    const list = currentStandards([v1, v2, v3, other, pickup], '2026-11-27', ['sct', 'yict']);
    expect(list.map((s) => [s.terminalId, s.operation, s.version, s.status])).toEqual([
      ['sct', 'in-yard-transfer', 1, 'in-force'],
      ['yict', 'unstuffing', 2, 'in-force'],
      ['yict', 'unstuffing', 3, 'scheduled'],
      ['yict', 'cargo-pickup', 1, 'in-force'],
    ]);
  });
});

describe('repeatsVersion', () => {
  it('spots a publication that changes nothing, whatever the key order of its texts', () => {
    const { terminalId: _t, version: _v, publishedAt: _p, demo, ...content } = v2;
    const request = { ...content, demo, process: { en: 'process', 'zh-HK': 'process', 'zh-CN': 'process' } };
    expect(repeatsVersion(request, v2)).toBe(true);
    expect(repeatsVersion({ ...request, commitmentPercent: 96 }, v2)).toBe(false);
    expect(repeatsVersion(request, undefined)).toBe(false);
  });
});
