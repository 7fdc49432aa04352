import type { Locale as AntdLocale } from 'antd/es/locale';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import zhHK from 'antd/es/locale/zh_HK';
import type { Locale } from '@sw/contracts';

const ANTD_LOCALES: Record<Locale, AntdLocale> = { 'zh-CN': zhCN, 'zh-HK': zhHK, en: enUS };

export function antdLocaleFor(locale: Locale): AntdLocale {
  return ANTD_LOCALES[locale];
}
