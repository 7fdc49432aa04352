import type { TimeLimit } from '@sw/contracts';
import { localeFormat } from '@sw/module-kit';

const UNIT: Record<TimeLimit['unit'], string> = { minutes: 'minute', hours: 'hour', days: 'day' };

/** Calendar dates and months are read as UTC so no time zone shifts them. */
const utc = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/** Time limits, shares, months and dates in the reader's language, built once per language. */
export const useServiceFormat = localeFormat((locale) => {
  const limits = Object.fromEntries(
    Object.entries(UNIT).map(([unit, intlUnit]) => [
      unit,
      new Intl.NumberFormat(locale, { style: 'unit', unit: intlUnit, unitDisplay: 'long', maximumFractionDigits: 1 }),
    ]),
  ) as Record<TimeLimit['unit'], Intl.NumberFormat>;
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const count = new Intl.NumberFormat(locale);
  const month = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  // Publication times are shown as the portal's local (Shenzhen) date.
  const dateInShenzhen = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'Asia/Shanghai' });
  return {
    timeLimit: (limit: TimeLimit) => limits[limit.unit].format(limit.value),
    /** A share given in percent (95.5 → "95.5%"). */
    percent: (value: number) => percent.format(value / 100),
    count: (value: number) => count.format(value),
    month: (yyyyMm: string) => month.format(utc(`${yyyyMm}-01`)),
    date: (isoDate: string) => date.format(utc(isoDate)),
    timestampDate: (isoDateTime: string) => dateInShenzhen.format(new Date(isoDateTime)),
    /** echarts' own texts and number formats. */
    chartLocale: (locale === 'en' ? 'EN' : 'ZH') as 'EN' | 'ZH',
  };
});

export type ServiceFormat = ReturnType<typeof useServiceFormat>;
