import { describe, expect, it } from 'vitest';
import { withStatuses, type MonthlyActual } from '@sw/contracts';
import { STANDARD_VERSIONS } from '@sw/mocks/data';
import { buildComparison, commitmentRecords, isFastest } from './comparison.ts';

const standards = withStatuses(STANDARD_VERSIONS, '2026-11-27').filter((s) => s.status !== 'superseded');

describe('buildComparison', () => {
  it('always has the four required rows, adds others a terminal publishes, and finds the fastest', () => {
    const rows = buildComparison(['yict', 'sct', 'dcb'], standards);
    expect(rows.map((row) => row.operation)).toEqual([
      'in-yard-transfer',
      'lifting-shifting',
      'unstuffing',
      'cargo-pickup',
      'vessel-berthing',
      'inspection-move',
      'tally-report',
      'export-receipt',
    ]);
    const pickup = rows.find((row) => row.operation === 'cargo-pickup')!;
    expect(pickup.cells.dcb).toBeUndefined();
    expect(pickup.fastestMinutes).toBe(30); // YICT's version 2; version 3 is only scheduled
    expect(isFastest(pickup, pickup.cells.yict)).toBe(true);
    expect(isFastest(pickup, pickup.cells.sct)).toBe(false);
    const unstuffing = rows.find((row) => row.operation === 'unstuffing')!;
    expect(unstuffing.mixedClockStarts).toBe(true);
    expect([isFastest(unstuffing, unstuffing.cells.yict), isFastest(unstuffing, unstuffing.cells.sct)]).toEqual([
      true,
      true,
    ]);
  });

  it('names no fastest when only one terminal publishes an operation', () => {
    const berthing = buildComparison(['yict', 'sct'], standards).find((row) => row.operation === 'vessel-berthing')!;
    expect(berthing.fastestMinutes).toBeUndefined();
  });
});

describe('commitmentRecords', () => {
  it('counts months met and reported per terminal and operation', () => {
    const month = (belowCommitment: boolean): MonthlyActual => ({
      terminalId: 'yict',
      operation: 'unstuffing',
      month: '2026-01',
      handled: 10,
      withinLimitPercent: 90,
      committedPercent: 95,
      belowCommitment,
      demo: true,
    });
    expect(commitmentRecords([month(false), month(true), month(false)]).get('yict/unstuffing')).toEqual({
      met: 2,
      reported: 3,
    });
  });
});
