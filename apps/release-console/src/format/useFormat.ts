import { localeFormat } from '@sw/module-kit';

/** Dates, times and durations in the reader's language (Intl). */
export const useFormat = localeFormat((locale) => {
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const milliseconds = new Intl.NumberFormat(locale, { style: 'unit', unit: 'millisecond', unitDisplay: 'short' });
  return {
    dateTime: (iso: string) => dateTime.format(new Date(iso)),
    milliseconds: (ms: number) => milliseconds.format(ms),
  };
});
