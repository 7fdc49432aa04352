import { DEFAULT_LOCALE, LOCALES, type Locale } from '../locale.ts';

/** Request header a client sets on creating requests so a retry cannot create a second record. */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
/** Response header set to `true` when the answer is the stored result of an earlier request. */
export const IDEMPOTENT_REPLAYED_HEADER = 'Idempotent-Replayed';

/** Picks the suite locale from an Accept-Language header (zh-TW/zh-Hant/zh-MO read as zh-HK). */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  for (const part of (header ?? '').split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase() ?? '';
    if (!tag || tag === '*') continue;
    const exact = LOCALES.find((locale) => locale.toLowerCase() === tag);
    if (exact) return exact;
    if (tag.startsWith('en')) return 'en';
    if (/^zh-(hk|tw|mo|hant)/.test(tag)) return 'zh-HK';
    if (tag.startsWith('zh')) return 'zh-CN';
  }
  return DEFAULT_LOCALE;
}
