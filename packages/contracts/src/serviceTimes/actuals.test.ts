import { describe, expect, it } from 'vitest';
import { actualsRowSchema, actualsUploadRequestSchema, checkActualsRows, toMonthlyActual } from './actuals.ts';
import type { ServiceOperation } from './operations.ts';
import { makeVersion } from './testVersions.ts';

const versions = [
  makeVersion({ operation: 'unstuffing', version: 1, effectiveFrom: '2019-05-01', commitmentPercent: 90 }),
  makeVersion({ operation: 'unstuffing', version: 2, effectiveFrom: '2025-03-15', commitmentPercent: 95 }),
];
const row = (month: string, operation: ServiceOperation = 'unstuffing') => ({
  month,
  operation,
  handled: 1200,
  withinLimitPercent: 93,
});

describe('actuals rows', () => {
  it('accept whole counts and shares with one decimal, and refuse the rest', () => {
    expect(actualsRowSchema.safeParse(row('2026-10')).success).toBe(true);
    expect(actualsRowSchema.safeParse({ ...row('2026-10'), withinLimitPercent: 97.5 }).success).toBe(true);
    for (const bad of [
      { handled: 0 },
      { handled: 1.5 },
      { withinLimitPercent: 100.1 },
      { withinLimitPercent: 97.55 },
      { month: '2026-13' },
      { operation: 'bunkering' },
      { extra: 1 },
    ]) {
      expect(actualsRowSchema.safeParse({ ...row('2026-10'), ...bad }).success, JSON.stringify(bad)).toBe(false);
    }
    expect(actualsUploadRequestSchema.safeParse({ rows: [] }).success).toBe(false);
  });

  it('name each row that reports an unfinished month, a month without a standard or a repeat', () => {
    const errors = checkActualsRows(
      [row('2026-10'), row('2026-11'), row('2019-04'), row('2026-10'), row('2026-09', 'cargo-pickup'), row('2019-06')],
      { versions, currentMonth: '2026-11' },
    );
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['rows.1.month', 'actuals.month_not_complete'],
      ['rows.2.month', 'actuals.month_too_early'],
      ['rows.3.month', 'actuals.duplicate_row'],
      ['rows.4.operation', 'actuals.no_standard'],
      ['rows.5.month', 'actuals.month_too_early'],
    ]);
  });

  it('compare each month with the commitment in force on its last day', () => {
    const at = (month: string, share: number) =>
      toMonthlyActual({ ...row(month), withinLimitPercent: share, terminalId: 'yict', demo: false }, versions);
    expect(at('2025-02', 92)).toMatchObject({ committedPercent: 90, belowCommitment: false });
    expect(at('2025-03', 92)).toMatchObject({ committedPercent: 95, belowCommitment: true });
    expect(at('2025-03', 95)).toMatchObject({ committedPercent: 95, belowCommitment: false });
  });
});
