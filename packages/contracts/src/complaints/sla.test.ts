import { describe, expect, it } from 'vitest';
import { complaintDeadlines, complaintSlaState, workingDayDeadline } from './sla.ts';

describe('working-day deadlines (Shenzhen time)', () => {
  it('ends a one-day commitment at midnight after the next working day', () => {
    // Monday 2026-11-23 10:00 in Shenzhen → due by the end of Tuesday.
    expect(workingDayDeadline(new Date('2026-11-23T10:00:00+08:00'), 1).toISOString()).toBe('2026-11-24T16:00:00.000Z');
  });

  it('skips the weekend: Friday afternoon with one day is due Monday 24:00', () => {
    expect(workingDayDeadline(new Date('2026-11-27T15:00:00+08:00'), 1).toISOString()).toBe('2026-11-30T16:00:00.000Z');
  });

  it('counts the day in Shenzhen, not in UTC (Saturday 01:00 in Shenzhen is Friday in UTC)', () => {
    expect(workingDayDeadline(new Date('2026-11-27T17:00:00Z'), 1).toISOString()).toBe('2026-11-30T16:00:00.000Z');
  });

  it('skips public holidays a calendar names', () => {
    const calendar = { holidays: new Set(['2026-11-24']) };
    expect(workingDayDeadline(new Date('2026-11-23T10:00:00+08:00'), 1, calendar).toISOString()).toBe(
      '2026-11-25T16:00:00.000Z',
    );
  });

  it('sets both clocks from the category: port charges 1 and 5 working days', () => {
    expect(complaintDeadlines('port-charges', '2026-11-23T02:00:00.000Z')).toEqual({
      acknowledgeBy: '2026-11-24T16:00:00.000Z',
      replyBy: '2026-11-30T16:00:00.000Z',
    });
  });
});

describe('SLA state', () => {
  const sla = { acknowledgeBy: '2026-11-24T16:00:00.000Z', replyBy: '2026-11-30T16:00:00.000Z' };

  it('is pending before the deadline and overdue after it while the clock runs', () => {
    expect(complaintSlaState(sla, new Date('2026-11-24T10:00:00Z'))).toMatchObject({
      acknowledge: { state: 'pending' },
      overdue: false,
    });
    expect(complaintSlaState(sla, new Date('2026-11-25T10:00:00Z'))).toMatchObject({
      acknowledge: { state: 'overdue' },
      reply: { state: 'pending' },
      overdue: true,
    });
  });

  it('tells met from missed once a clock stopped, whatever the time now', () => {
    const state = complaintSlaState(
      { ...sla, acknowledgedAt: '2026-11-24T09:00:00.000Z', repliedAt: '2026-12-01T09:00:00.000Z' },
      new Date('2027-01-01T00:00:00Z'),
    );
    expect([state.acknowledge.state, state.reply.state, state.overdue]).toEqual(['met', 'missed', false]);
  });

  it('is never overdue once closed', () => {
    expect(complaintSlaState(sla, new Date('2027-01-01T00:00:00Z'), true).overdue).toBe(false);
  });
});
