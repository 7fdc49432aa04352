import { createInstance, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LOCALES, type Locale } from '@sw/contracts/locale';
import { commonResources } from '@sw/i18n';

/** A module's own texts: one flat or nested object per locale, all three required. */
export type ModuleResources = Record<Locale, Record<string, unknown>>;

/**
 * One i18next instance per mounted module, so modules never fight over a global instance; the
 * module's namespace is the default and `common` holds the shared words.
 */
export function createModuleI18n(namespace: string, resources: ModuleResources, locale: Locale): I18n {
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    lng: locale,
    fallbackLng: 'zh-CN',
    supportedLngs: [...LOCALES],
    ns: [namespace, 'common'],
    defaultNS: namespace,
    fallbackNS: 'common',
    resources: Object.fromEntries(LOCALES.map((l) => [l, { [namespace]: resources[l], common: commonResources[l] }])),
    interpolation: { escapeValue: false }, // React escapes already
    initAsync: false, // resources are bundled: render the first frame in the right language
    returnNull: false,
  });
  return instance;
}
