import { describe, expect, it } from 'vitest';
import {
  calendarDateInShenzhen,
  isWorkingDay,
  lastOfWorkingDays,
  nextWorkingDay,
  workingDaysLeft,
} from './workingDays.ts';

describe('working days', () => {
  it('reads the date as Shenzhen sees it', () => {
    expect(calendarDateInShenzhen(new Date('2026-11-30T15:59:59Z'))).toBe('2026-11-30');
    expect(calendarDateInShenzhen(new Date('2026-11-30T16:00:00Z'))).toBe('2026-12-01');
  });

  it('counts ten working days over two weekends', () => {
    expect(lastOfWorkingDays('2026-12-01', 10)).toBe('2026-12-14');
    // Starting on a Saturday, the period starts on Monday.
    expect(nextWorkingDay('2026-12-05')).toBe('2026-12-07');
    expect(lastOfWorkingDays('2026-12-05', 10)).toBe('2026-12-18');
  });

  it('skips public holidays and counts make-up weekend days', () => {
    const calendar = { holidays: new Set(['2026-12-02']), workingWeekendDays: new Set(['2026-12-05']) };
    expect(isWorkingDay('2026-12-02', calendar)).toBe(false);
    expect(isWorkingDay('2026-12-05', calendar)).toBe(true);
    expect(lastOfWorkingDays('2026-12-01', 10, calendar)).toBe('2026-12-14');
    expect(lastOfWorkingDays('2026-12-01', 3, calendar)).toBe('2026-12-04');
  });

  it('counts the working days left, today included, and none after the end', () => {
    expect(workingDaysLeft('2026-12-01', '2026-12-14')).toBe(10);
    expect(workingDaysLeft('2026-12-12', '2026-12-14')).toBe(1);
    expect(workingDaysLeft('2026-12-15', '2026-12-14')).toBe(0);
  });
});
