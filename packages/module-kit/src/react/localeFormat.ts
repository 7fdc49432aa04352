import type { Locale } from '@sw/contracts';
import { useLocale } from './useLocale.ts';

/**
 * Makes a module's format hook from a factory of its formatters (Intl number and date formats…),
 * built once per language for the whole module. Building Intl formatters is slow: made per component
 * (a `useMemo` in each), a language switch on /clearance spent about 10 ms building them again.
 */
export function localeFormat<Format>(create: (locale: Locale) => Format): () => Format {
  const formats = new Map<Locale, Format>();
  return function useLocaleFormat() {
    const locale = useLocale();
    let format = formats.get(locale);
    if (!format) formats.set(locale, (format = create(locale)));
    return format;
  };
}
