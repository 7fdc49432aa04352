import { useMemo } from 'react';
import { useLocale } from '@sw/module-kit';

/** Dates, times and durations in the reader's language (Intl). */
export function useFormat() {
  const locale = useLocale();
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const milliseconds = new Intl.NumberFormat(locale, { style: 'unit', unit: 'millisecond', unitDisplay: 'short' });
    return {
      dateTime: (iso: string) => dateTime.format(new Date(iso)),
      milliseconds: (ms: number) => milliseconds.format(ms),
    };
  }, [locale]);
}
