// Before any schema is built.
import './zodConfig.ts';
import { z } from 'zod';
import { LOCALES } from './localeCodes.ts';

export { DEFAULT_LOCALE, LOCALES, type Locale } from './localeCodes.ts';
export const localeSchema = z.enum(LOCALES);

/** A text published in all three languages. */
export const localizedTextSchema = z
  .object({
    'zh-CN': z.string().min(1),
    'zh-HK': z.string().min(1),
    en: z.string().min(1),
  })
  .meta({ id: 'LocalizedText' });
export type LocalizedText = z.infer<typeof localizedTextSchema>;
