import type { Locale } from '@sw/contracts';
import { localeFormat } from '@sw/module-kit';

/** A month (YYYY-MM) as the first of the month in UTC, so no time zone moves it. */
const monthDate = (month: string) => new Date(`${month}-01T00:00:00Z`);

/**
 * Rates, counts, hours, months and dates in the reader's language. A rate is rounded down, so a
 * rate short of complete never reads as 100%.
 */
function createFormat(locale: Locale) {
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const percent = (digits: number) =>
    new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits });
  const percent0 = percent(0);
  const percent1 = percent(1);
  const percent2 = percent(2);
  const points = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const plainPoints = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const hours = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const month = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' });
  const longMonth = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const dateInShenzhen = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'Asia/Shanghai' });
  const dateTimeInShenzhen = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Shanghai',
  });
  const floorTo = (value: number, digits: number) => Math.floor(value * 10 ** (digits + 2) + 1e-9) / 10 ** (digits + 2);
  return {
    count: (value: number) => count.format(value),
    /** 98.7%; two decimals just short of 100% (99.96%), and 100% only when complete. */
    rate: (value: number | undefined) => {
      if (value === undefined) return '–';
      if (value >= 1) return percent0.format(1);
      if (value >= 0.995) return percent2.format(Math.min(floorTo(value, 2), 0.9999));
      return percent1.format(floorTo(value, 1));
    },
    /** A change in percentage points, signed: +1.2 / −0.4. */
    pointsChange: (rateChange: number) => points.format(Math.round(rateChange * 1000) / 10),
    /** A gap in percentage points, unsigned. */
    points: (rateGap: number) => plainPoints.format(Math.ceil(rateGap * 1000 - 1e-9) / 10),
    hours: (value: number) => hours.format(value),
    month: (value: string) => month.format(monthDate(value)),
    longMonth: (value: string) => longMonth.format(monthDate(value)),
    /** A calendar date (YYYY-MM-DD). */
    date: (value: string) => date.format(new Date(`${value}T00:00:00Z`)),
    /** An instant, as the date in Shenzhen. */
    asOf: (value: string) => dateInShenzhen.format(new Date(value)),
    dateTime: (value: string) => dateTimeInShenzhen.format(new Date(value)),
  };
}

export type UsageFormat = ReturnType<typeof createFormat>;

export const useUsageFormat = localeFormat(createFormat);
