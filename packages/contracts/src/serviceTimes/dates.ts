import { calendarDateInShenzhen } from '../calendar/workingDays.ts';

/** The calendar date (YYYY-MM-DD) in Shenzhen at an instant: the shared calendar's, by this domain's name. */
export { calendarDateInShenzhen as shenzhenDate };

/** The calendar month (YYYY-MM) in Shenzhen at an instant. */
export function shenzhenMonth(at: Date): string {
  return calendarDateInShenzhen(at).slice(0, 7);
}

/** The last day (YYYY-MM-DD) of a month given as YYYY-MM. */
export function lastDayOfMonth(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const day = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}

/** The month `count` months before (negative: after) a month, both YYYY-MM. */
export function monthsBefore(month: string, count: number): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(year, monthNumber - 1 - count, 1));
  return date.toISOString().slice(0, 7);
}

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
