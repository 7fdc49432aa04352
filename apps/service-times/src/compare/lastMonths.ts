import { monthsBefore, shenzhenMonth } from '@sw/contracts';

/** The last `count` completed months (Shenzhen time), as the actuals filter's inclusive range. */
export function lastMonths(count: number, now = new Date()) {
  const current = shenzhenMonth(now);
  return { from: monthsBefore(current, count), to: monthsBefore(current, 1) };
}
