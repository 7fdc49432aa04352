import { describe, expect, it } from 'vitest';
import { coverageOf } from './coverage.ts';
import { REQUIRED_OPERATIONS } from './operations.ts';
import { makeVersion } from './testVersions.ts';

const allFour = (terminalId: string, publishedAt: string) =>
  REQUIRED_OPERATIONS.map((operation) => makeVersion({ terminalId, operation, publishedAt }));

describe('coverageOf', () => {
  it('tells complete, late and overdue terminals apart by the Shenzhen date of first publication', () => {
    const versions = [
      ...allFour('on-time', '2019-06-30T15:00:00Z'), // 23:00 in Shenzhen, still 30 June
      ...allFour('late', '2019-05-01T00:00:00+08:00').map((v, i) =>
        i === 0 ? { ...v, publishedAt: '2019-06-30T16:30:00Z' } : v,
      ), // 00:30 on 1 July in Shenzhen
      ...allFour('missing', '2019-05-01T00:00:00+08:00').slice(0, 3),
      makeVersion({ terminalId: 'missing', operation: 'tally-report' }),
      makeVersion({ terminalId: 'on-time', operation: 'inspection-move' }),
      makeVersion({ terminalId: 'on-time', operation: 'vessel-berthing' }),
    ];
    const coverage = coverageOf(['on-time', 'late', 'missing', 'none'], versions, '2026-11-27');
    expect(coverage.terminals.map((t) => t.status)).toEqual(['complete', 'complete-late', 'overdue', 'overdue']);
    expect(coverage.summary).toEqual({ complete: 1, 'complete-late': 1, overdue: 2, pending: 0 });
    expect(coverage.terminals[0]!.optional).toEqual(['vessel-berthing', 'inspection-move']);
    expect(coverage.terminals[1]!.required[0]).toEqual({
      operation: 'in-yard-transfer',
      firstPublishedOn: '2019-07-01',
      onTime: false,
    });
    expect(coverage.terminals[2]!.required[3]).toEqual({ operation: 'cargo-pickup', onTime: false });
  });

  it('counts the first publication, not later versions', () => {
    const versions = [
      ...allFour('t', '2019-06-01T10:00:00+08:00'),
      makeVersion({ terminalId: 't', operation: 'unstuffing', version: 2, publishedAt: '2024-01-01T10:00:00+08:00' }),
    ];
    expect(coverageOf(['t'], versions, '2026-11-27').terminals[0]!.status).toBe('complete');
  });

  it('is pending, not overdue, before the deadline', () => {
    expect(coverageOf(['t'], [], '2019-06-30').terminals[0]!.status).toBe('pending');
  });
});
