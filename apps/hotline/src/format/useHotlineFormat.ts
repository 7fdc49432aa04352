import { localeFormat } from '@sw/module-kit';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Dates, times, durations and file sizes in the reader's language; times as Shenzhen time. */
export const useHotlineFormat = localeFormat((locale) => {
  const dateTime = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Shanghai',
  });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'Asia/Shanghai' });
  const month = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' });
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const number = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const kilobytes = new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });
  const megabytes = new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
  return {
    dateTime: (iso: string) => dateTime.format(new Date(iso)),
    date: (iso: string) => date.format(new Date(iso)),
    /** `YYYY-MM` as "Nov 2026" / "2026年11月". */
    month: (yearMonth: string) => month.format(new Date(`${yearMonth}-01T00:00:00Z`)),
    number: (value: number) => number.format(value),
    percent: (value: number) => percent.format(value),
    /** "in 3 hours", "2 days ago": the largest whole unit. */
    relative(iso: string, now: number) {
      const diff = Date.parse(iso) - now;
      const abs = Math.abs(diff);
      if (abs >= DAY) return relative.format(Math.round(diff / DAY), 'day');
      if (abs >= HOUR) return relative.format(Math.round(diff / HOUR), 'hour');
      return relative.format(Math.round(diff / MINUTE), 'minute');
    },
    fileSize: (bytes: number) =>
      bytes >= 1024 * 1024 ? megabytes.format(bytes / (1024 * 1024)) : kilobytes.format(Math.max(1, bytes / 1024)),
  };
});
export type HotlineFormat = ReturnType<typeof useHotlineFormat>;
