// The locale entry only: the whole contracts package would pull every schema into the shell.
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@sw/contracts/locale';

/** Maps any BCP 47 tag to one of the suite's locales, or undefined when none fits. */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const lower = tag.trim().toLowerCase();
  const exact = LOCALES.find((l) => l.toLowerCase() === lower);
  if (exact) return exact;
  // Traditional-script Chinese (Hong Kong, Macao, Taiwan, zh-Hant) reads zh-HK; other Chinese reads zh-CN.
  if (/^zh(-hant|-hk|-mo|-tw)/.test(lower)) return 'zh-HK';
  if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-CN';
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  return undefined;
}

export interface LocaleSignals {
  /** `?lang=` from the URL: an explicit choice, wins over everything. */
  query?: string | null;
  /** The choice saved from an earlier visit. */
  stored?: string | null;
  /** The browser's preferences, most preferred first. */
  preferred?: readonly string[];
}

export function negotiateLocale({ query, stored, preferred = [] }: LocaleSignals): Locale {
  return (
    matchLocale(query) ??
    matchLocale(stored) ??
    preferred.map(matchLocale).find((l) => l !== undefined) ??
    DEFAULT_LOCALE
  );
}
