import { describe, expect, it } from 'vitest';
import { aggregateComplaintStats, complaintMonth, complaintStatsMonths } from './stats.ts';

const sla = (ack: string, reply: string, acknowledgedAt?: string, repliedAt?: string) => ({
  acknowledgeBy: ack,
  replyBy: reply,
  ...(acknowledgedAt ? { acknowledgedAt } : {}),
  ...(repliedAt ? { repliedAt } : {}),
});

describe('monthly statistics', () => {
  it('counts a ticket in the Shenzhen month it arrived', () => {
    expect(complaintMonth('2026-10-31T17:00:00.000Z')).toBe('2026-11');
  });

  it('defaults to the last twelve months and refuses ranges over three years', () => {
    const months = complaintStatsMonths({}, new Date('2026-11-20T00:00:00Z'));
    expect(Array.isArray(months) && [months[0], months.at(-1), months.length]).toEqual(['2025-12', '2026-11', 12]);
    expect(complaintStatsMonths({ from: '2020-01', to: '2026-01' }, new Date())).toEqual({
      error: 'at most 36 months',
    });
  });

  it('counts received, closed, in time and overdue per month, category and unit', () => {
    const stats = aggregateComplaintStats(
      [
        {
          submittedAt: '2026-10-05T02:00:00.000Z',
          category: 'port-charges',
          unit: 'market-regulation',
          status: 'closed',
          sla: sla(
            '2026-10-06T16:00:00.000Z',
            '2026-10-12T16:00:00.000Z',
            '2026-10-05T03:00:00.000Z',
            '2026-10-08T03:00:00.000Z',
          ),
        },
        {
          submittedAt: '2026-10-06T02:00:00.000Z',
          category: 'port-charges',
          unit: 'market-regulation',
          status: 'replied',
          sla: sla(
            '2026-10-07T16:00:00.000Z',
            '2026-10-13T16:00:00.000Z',
            '2026-10-09T03:00:00.000Z',
            '2026-10-20T03:00:00.000Z',
          ),
        },
        {
          submittedAt: '2026-11-02T02:00:00.000Z',
          category: 'clearance',
          unit: 'customs',
          status: 'received',
          sla: sla('2026-11-03T16:00:00.000Z', '2026-11-09T16:00:00.000Z'),
        },
        {
          submittedAt: '2024-01-02T02:00:00.000Z',
          category: 'clearance',
          unit: 'customs',
          status: 'received',
          sla: sla('2024-01-03T16:00:00.000Z', '2024-01-09T16:00:00.000Z'),
        },
      ],
      ['2026-10', '2026-11'],
      new Date('2026-11-20T00:00:00Z'),
    );
    expect(stats.rows).toEqual([
      {
        month: '2026-10',
        category: 'port-charges',
        unit: 'market-regulation',
        received: 2,
        closed: 1,
        acknowledgedInTime: 1,
        repliedInTime: 1,
        overdue: 0,
      },
      {
        month: '2026-11',
        category: 'clearance',
        unit: 'customs',
        received: 1,
        closed: 0,
        acknowledgedInTime: 0,
        repliedInTime: 0,
        overdue: 1,
      },
    ]);
  });
});
