import { describe, expect, it } from 'vitest';
import { FEE_HISTORY } from '@sw/mocks';
import { standardSteps } from './historyChart.ts';

describe('standardSteps', () => {
  it('steps through the standards in force and reaches today', () => {
    const entries = FEE_HISTORY.filter((entry) => entry.feeId === 'fee-port-dues-container-foreign');
    expect(standardSteps(entries, '2026-11-27')).toEqual([
      { date: '2019-04-01', amount: 32 },
      { date: '2020-03-01', amount: 25.6 },
      { date: '2021-01-01', amount: 32 },
      { date: '2026-11-27', amount: 32 },
    ]);
  });

  it('leaves out announced changes that have not taken effect', () => {
    const entries = FEE_HISTORY.filter((entry) => entry.feeId === 'fee-reefer-plugin-shekou');
    expect(standardSteps(entries, undefined).map((p) => p.amount)).toEqual([190]);
  });
});
