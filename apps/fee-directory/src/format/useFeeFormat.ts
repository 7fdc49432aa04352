import { localeFormat } from '@sw/module-kit';
import type { Locale } from '@sw/contracts';

/** Calendar dates (YYYY-MM-DD) are read as UTC so no time zone shifts them by a day. */
const dateOnly = (iso: string) => new Date(`${iso}T00:00:00Z`);

function createFeeFormat(locale: Locale) {
  const money = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'CNY',
    minimumFractionDigits: 2,
    maximumFractionDigits: 4, // rates such as 0.085 yuan per net ton keep their precision
  });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  // "As of" timestamps are shown as the portal's local (Shenzhen) date.
  const dateInShenzhen = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'Asia/Shanghai' });
  const percent = new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  return {
    money: (amount: number) => money.format(amount),
    date: (isoDate: string) => date.format(dateOnly(isoDate)),
    timestampDate: (isoDateTime: string) => dateInShenzhen.format(new Date(isoDateTime)),
    /** A change in per cent (−15 → "−15%"). */
    percent: (value: number) => percent.format(value / 100),
    number: (value: number) => number.format(value),
  };
}

export type FeeFormat = ReturnType<typeof createFeeFormat>;

/** Money, dates and per cents in the reader's language. */
export const useFeeFormat = localeFormat(createFeeFormat);
