import { describe, expect, it } from 'vitest';
import { withStatuses } from '@sw/contracts';
import { STANDARD_VERSIONS } from '@sw/mocks/data';
import { versionChanges } from './versionChanges.ts';

const versions = withStatuses(
  STANDARD_VERSIONS.filter((v) => v.terminalId === 'yict' && v.operation === 'cargo-pickup'),
  '2026-11-27',
);

describe('versionChanges', () => {
  it('names the fields a version changed', () => {
    expect(versionChanges(versions[0]!, versions[1]!)).toEqual(['timeLimit', 'commitmentPercent', 'conditions']);
    expect(versionChanges(versions[1]!, versions[2]!)).toEqual(['timeLimit']);
    expect(versionChanges(versions[1]!, versions[1]!)).toEqual([]);
  });
});
