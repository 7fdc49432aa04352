import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '@sw/contracts';
import { useHost, useLocale } from '@sw/module-kit';

/** Each language's name in itself, so a reader finds theirs whatever is shown now. */
const LANGUAGE_NAMES: Record<Locale, string> = { 'zh-CN': '简体', 'zh-HK': '繁體', en: 'English' };

export function LanguageSwitch() {
  const { t } = useTranslation();
  const host = useHost();
  const locale = useLocale();
  return (
    <Segmented<Locale>
      aria-label={t('language')}
      value={locale}
      onChange={(value) => host.locale.set(value)}
      options={LOCALES.map((l) => ({ value: l, label: <span lang={l}>{LANGUAGE_NAMES[l]}</span> }))}
    />
  );
}
