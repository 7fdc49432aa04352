import { Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '@sw/contracts/locale';
import { useHost, useLocale } from '@sw/module-kit';

/** Each language's name in itself, so a reader finds theirs whatever is shown now. */
const LANGUAGE_NAMES: Record<Locale, string> = { 'zh-CN': '简体', 'zh-HK': '繁體', en: 'English' };

/**
 * Radio buttons rather than antd's Segmented: the Segmented thumb measures the DOM while the click is
 * handled, which cost a language switch ~40 ms before any module could re-render (pnpm bench).
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const host = useHost();
  const locale = useLocale();
  return (
    <Radio.Group
      aria-label={t('language')}
      optionType="button"
      size="small"
      value={locale}
      onChange={(event) => host.locale.set(event.target.value as Locale)}
      options={LOCALES.map((l) => ({ value: l, label: <span lang={l}>{LANGUAGE_NAMES[l]}</span> }))}
    />
  );
}
