import { useLocale } from '@sw/module-kit';

/** echarts' own texts (e.g. "no data") in Chinese for both Chinese locales, English otherwise. */
export function useChartLocale(): 'ZH' | 'EN' {
  return useLocale() === 'en' ? 'EN' : 'ZH';
}
