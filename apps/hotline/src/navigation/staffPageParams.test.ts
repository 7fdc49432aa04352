import { describe, expect, it } from 'vitest';
import { queueQuery, statsQuery } from './staffPageParams.ts';

describe('queueQuery', () => {
  it('reads the filters of a shared link, keeping the valid ones when one is bad', () => {
    expect(queueQuery('?status=received,replied&sort=submittedAt')).toEqual({
      status: ['received', 'replied'],
      sort: 'submittedAt',
    });
    expect(queueQuery('?status=received&overdue=perhaps')).toEqual({ status: ['received'] });
  });

  it('ignores the parameters the queue does not own', () => {
    expect(queueQuery(new URLSearchParams('lang=en&status=received'))).toEqual({ status: ['received'] });
  });
});

describe('statsQuery', () => {
  it('counts the months back from this month in Shenzhen, this month included', () => {
    // 31 December, 20:00 in UTC is already 1 January in Shenzhen (UTC+8).
    const newYear = Date.parse('2026-12-31T20:00:00Z');
    expect(statsQuery(1, newYear)).toEqual({ from: '2027-01' });
    expect(statsQuery(12, newYear)).toEqual({ from: '2026-02' });
    expect(statsQuery(24, Date.parse('2026-11-28T00:00:00Z'))).toEqual({ from: '2024-12' });
  });
});
