import { describe, expect, it } from 'vitest';
import { calendarDateInShenzhen } from '../calendar/workingDays.ts';
import { lastDayOfMonth, monthsBefore } from './dates.ts';
import { timeLimitMinutes } from './operations.ts';
import { parseActualsListParams, parseStandardListParams } from './query.ts';

describe('list parameters', () => {
  it('read comma-separated and repeated lists', () => {
    expect(
      parseStandardListParams(new URLSearchParams('terminal=yict,,sct&operation=unstuffing&operation=cargo-pickup')),
    ).toEqual({
      ok: true,
      query: { terminal: ['yict', 'sct'], operation: ['unstuffing', 'cargo-pickup'] },
    });
  });

  it('name every bad value', () => {
    const result = parseActualsListParams(new URLSearchParams('operation=bunkering&from=2026-1&to=2025-01'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toEqual(['operation', 'from']);
    const reversed = parseActualsListParams(new URLSearchParams('from=2026-01&to=2025-01'));
    expect(reversed.ok ? [] : reversed.errors.map((e) => e.path)).toEqual(['to']);
  });
});

describe('dates and limits', () => {
  it('use the Shenzhen calendar and month arithmetic', () => {
    expect(calendarDateInShenzhen(new Date('2026-11-30T16:00:00Z'))).toBe('2026-12-01');
    expect(lastDayOfMonth('2024-02')).toBe('2024-02-29');
    expect(monthsBefore('2026-01', 1)).toBe('2025-12');
    expect(monthsBefore('2026-01', -12)).toBe('2027-01');
  });

  it('compare limits in minutes', () => {
    expect(timeLimitMinutes({ value: 1.5, unit: 'hours' })).toBe(90);
    expect(timeLimitMinutes({ value: 2, unit: 'days' })).toBe(2880);
  });
});
