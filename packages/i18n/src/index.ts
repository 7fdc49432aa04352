export { matchLocale, negotiateLocale } from './negotiate.ts';
export type { LocaleSignals } from './negotiate.ts';
export { LOCALE_STORAGE_KEY, createLocaleStore } from './localeStore.ts';
export { commonResources, commonText, moduleDisplayName } from './common.ts';
export type { CommonKey, CommonTexts } from './common.ts';
