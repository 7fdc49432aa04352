// The languages without any schema: the `@sw/contracts/locale` entry, so the shell and @sw/i18n get
// them without pulling classic zod into the portal's first scripts (locale.ts builds its schemas on import).

/** The suite's languages: Simplified Chinese (default), Traditional Chinese (Hong Kong), English. */
export const LOCALES = ['zh-CN', 'zh-HK', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE = 'zh-CN' satisfies Locale;
