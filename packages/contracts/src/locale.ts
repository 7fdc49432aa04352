// Before any schema is built (this file is also an entry of its own: @sw/contracts/…).
import './zodConfig.ts';
import { z } from 'zod';

/** The suite's languages: Simplified Chinese (default), Traditional Chinese (Hong Kong), English. */
export const LOCALES = ['zh-CN', 'zh-HK', 'en'] as const;
export const DEFAULT_LOCALE = 'zh-CN' satisfies Locale;
export const localeSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof localeSchema>;

/** A text published in all three languages. */
export const localizedTextSchema = z
  .object({
    'zh-CN': z.string().min(1),
    'zh-HK': z.string().min(1),
    en: z.string().min(1),
  })
  .meta({ id: 'LocalizedText' });
export type LocalizedText = z.infer<typeof localizedTextSchema>;
