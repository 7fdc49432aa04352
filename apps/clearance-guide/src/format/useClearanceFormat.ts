import type { LocalizedText } from '@sw/contracts';
import { localeFormat } from '@sw/module-kit';

const MINUTES_PER_HOUR = 60;
const MINUTES_PER_DAY = 24 * 60;

/** Durations, money and dates in the reader's language, built once per language. */
export const useClearanceFormat = localeFormat((locale) => {
  const unit = (name: 'minute' | 'hour' | 'day') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short', maximumFractionDigits: 1 });
  const minute = unit('minute');
  const hour = unit('hour');
  const day = unit('day');
  const list = new Intl.ListFormat(locale, { style: 'narrow', type: 'unit' });
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY', maximumFractionDigits: 2 });
  const number = new Intl.NumberFormat(locale);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'Asia/Shanghai' });
  const dateTime = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Shanghai',
  });
  return {
    /** 95 → "1 hr, 35 min"; whole days from two days on (limits such as 60 days read as such). */
    duration(minutes: number): string {
      if (minutes < MINUTES_PER_HOUR) return minute.format(minutes);
      if (minutes >= 2 * MINUTES_PER_DAY && minutes % MINUTES_PER_DAY === 0)
        return day.format(minutes / MINUTES_PER_DAY);
      if (minutes >= 2 * MINUTES_PER_DAY) return day.format(Math.round((minutes / MINUTES_PER_DAY) * 10) / 10);
      const hours = Math.floor(minutes / MINUTES_PER_HOUR);
      const rest = minutes % MINUTES_PER_HOUR;
      return rest ? list.format([hour.format(hours), minute.format(rest)]) : hour.format(hours);
    },
    hours: (value: number) => hour.format(value),
    money: (amount: number) => money.format(amount),
    number: (value: number) => number.format(value),
    /** ISO date-times shown as the portal's local (Shenzhen) date. */
    date: (iso: string) => date.format(new Date(iso)),
    dateTime: (iso: string) => dateTime.format(new Date(iso)),
    text: (value: LocalizedText) => value[locale],
  };
});

export type ClearanceFormat = ReturnType<typeof useClearanceFormat>;
