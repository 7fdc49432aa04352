import { z } from 'zod';

/** A calendar month, `YYYY-MM`. */
export const USAGE_MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;
export const usageMonthSchema = z.string().regex(USAGE_MONTH_PATTERN, 'a month as YYYY-MM');

/** Months since year 0, so months can be compared, subtracted and stepped through. */
export function usageMonthIndex(month: string): number {
  const match = USAGE_MONTH_PATTERN.exec(month);
  if (!match) throw new RangeError(`"${month}" is not a month (YYYY-MM)`);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

export function usageMonthFromIndex(index: number): string {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, both included. */
export function usageMonthRange(from: string, to: string): string[] {
  const months: string[] = [];
  for (let i = usageMonthIndex(from); i <= usageMonthIndex(to); i++) months.push(usageMonthFromIndex(i));
  return months;
}

export function addUsageMonths(month: string, count: number): string {
  return usageMonthFromIndex(usageMonthIndex(month) + count);
}

/** The calendar month a moment falls in, in Shenzhen (UTC+8, no daylight saving). */
export function usageMonthOf(date: Date): string {
  const shenzhen = new Date(date.getTime() + 8 * 3600_000);
  return `${shenzhen.getUTCFullYear()}-${String(shenzhen.getUTCMonth() + 1).padStart(2, '0')}`;
}
