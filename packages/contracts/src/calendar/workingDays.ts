/**
 * Calendar dates (YYYY-MM-DD) in Shenzhen and working-day arithmetic, for every domain that counts
 * in working days (a fee's publicity period, a complaint's answer deadline).
 * Weekends are days off; a calendar may add public holidays and the weekend days worked in their
 * place (调休), as the State Council publishes them each year.
 */
export interface WorkingDayCalendar {
  /** Public holidays on weekdays (days off). */
  holidays?: ReadonlySet<string>;
  /** Weekend days that are working days (make-up days). */
  workingWeekendDays?: ReadonlySet<string>;
}

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000; // China has no daylight saving time

/** The Shenzhen calendar date of an instant. */
export function calendarDateInShenzhen(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

const toTime = (date: string) => Date.parse(`${date}T00:00:00Z`);
const fromTime = (time: number) => new Date(time).toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  return fromTime(toTime(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: string, to: string): number {
  return Math.round((toTime(to) - toTime(from)) / DAY_MS);
}

export function isWorkingDay(date: string, calendar: WorkingDayCalendar = {}): boolean {
  if (calendar.holidays?.has(date)) return false;
  const weekday = new Date(toTime(date)).getUTCDay();
  if (weekday === 0 || weekday === 6) return calendar.workingWeekendDays?.has(date) ?? false;
  return true;
}

/** The first working day on or after `date`. */
export function nextWorkingDay(date: string, calendar: WorkingDayCalendar = {}): string {
  let day = date;
  while (!isWorkingDay(day, calendar)) day = addDays(day, 1);
  return day;
}

/** The last day of a period of `count` working days starting on the first working day from `start`. */
export function lastOfWorkingDays(start: string, count: number, calendar: WorkingDayCalendar = {}): string {
  let day = nextWorkingDay(start, calendar);
  for (let left = count - 1; left > 0; left--) day = nextWorkingDay(addDays(day, 1), calendar);
  return day;
}

/** Working days from `today` to `endsOn`, both counted; 0 once the period is over. */
export function workingDaysLeft(today: string, endsOn: string, calendar: WorkingDayCalendar = {}): number {
  let count = 0;
  for (let day = today; day <= endsOn; day = addDays(day, 1)) if (isWorkingDay(day, calendar)) count++;
  return count;
}
