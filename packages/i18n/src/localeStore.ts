import type { Locale, LocaleSource } from '@sw/contracts';
import { negotiateLocale } from './negotiate.ts';

export const LOCALE_STORAGE_KEY = 'sw.locale';

interface LocaleStoreOptions {
  storage?: Pick<Storage, 'getItem' | 'setItem'>;
  location?: Pick<Location, 'search'>;
  preferred?: readonly string[];
}

function safeGet(storage: LocaleStoreOptions['storage'], key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null; // storage blocked (privacy mode, sandboxed iframe): fall back to other signals
  }
}

/**
 * The one source of truth for the page's language: negotiated at start, persisted on change and
 * announced to subscribers (modules re-render; nothing reloads).
 */
export function createLocaleStore(options: LocaleStoreOptions = {}): LocaleSource {
  const { storage, location, preferred } = options;
  const query = location ? new URLSearchParams(location.search).get('lang') : null;
  let current = negotiateLocale({ query, stored: safeGet(storage, LOCALE_STORAGE_KEY), preferred });
  const listeners = new Set<(locale: Locale) => void>();
  const persist = (locale: Locale) => {
    try {
      storage?.setItem(LOCALE_STORAGE_KEY, locale);
    } catch {
      // Not persisting is acceptable; the choice still applies to this page.
    }
  };
  if (query) persist(current);
  return {
    get: () => current,
    set(locale) {
      if (locale === current) return;
      current = locale;
      persist(locale);
      for (const listener of [...listeners]) listener(locale);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
