import type { Locale } from '@sw/contracts';

/**
 * The shared `common` namespace: words every module needs, translated once. A module's own texts
 * live in its own namespace.
 */
export const commonResources = {
  'zh-CN': {
    appName: '中国（深圳）国际贸易单一窗口',
    retry: '重试',
    loading: '正在加载…',
    moduleFailed: '“{{module}}”暂时无法加载',
    moduleFailedHint: '页面其他部分仍可使用。请稍后重试；如问题持续，请拨打 95198。',
    errorTitle: '出错了',
    notFound: '未找到',
    demoData: '演示数据',
    source: '来源',
    asOf: '数据截至 {{date}}',
    clearFilters: '清除筛选',
    noResults: '没有符合条件的结果',
    resultsCount: '共 {{count}} 项',
    networkError: '网络连接失败，请检查网络后重试。',
    serverError: '服务暂时不可用（{{status}}），请稍后重试。',
    pageNotFound: '页面不存在',
    pageNotFoundHint: '该地址不属于本门户的任何栏目。',
    backHome: '返回首页',
    releaseInvalid: '门户配置有误，暂时无法显示',
    releaseInvalidHint: '发布清单无法读取或不符合格式。请稍后再试，或拨打 95198 反馈。',
    technicalDetails: '技术详情',
    moduleNames: {
      frame: '页面框架',
      'fee-directory': '收费目录',
      'clearance-guide': '通关流程',
      'service-times': '作业时限',
      hotline: '热线与投诉',
      'usage-meter': '应用率',
      'release-console': '版本发布',
    },
  },
  'zh-HK': {
    appName: '中國（深圳）國際貿易單一窗口',
    retry: '重試',
    loading: '正在載入…',
    moduleFailed: '「{{module}}」暫時無法載入',
    moduleFailedHint: '頁面其他部分仍可使用。請稍後重試；如問題持續，請致電 95198。',
    errorTitle: '出錯了',
    notFound: '找不到',
    demoData: '示範數據',
    source: '來源',
    asOf: '數據截至 {{date}}',
    clearFilters: '清除篩選',
    noResults: '沒有符合條件的結果',
    resultsCount: '共 {{count}} 項',
    networkError: '網絡連接失敗，請檢查網絡後重試。',
    serverError: '服務暫時不可用（{{status}}），請稍後重試。',
    pageNotFound: '頁面不存在',
    pageNotFoundHint: '該地址不屬於本門戶的任何欄目。',
    backHome: '返回首頁',
    releaseInvalid: '門戶配置有誤，暫時無法顯示',
    releaseInvalidHint: '發佈清單無法讀取或不符合格式。請稍後再試，或致電 95198 反映。',
    technicalDetails: '技術詳情',
    moduleNames: {
      frame: '頁面框架',
      'fee-directory': '收費目錄',
      'clearance-guide': '通關流程',
      'service-times': '作業時限',
      hotline: '熱線與投訴',
      'usage-meter': '應用率',
      'release-console': '版本發佈',
    },
  },
  en: {
    appName: 'China (Shenzhen) International Trade Single Window',
    retry: 'Retry',
    loading: 'Loading…',
    moduleFailed: '“{{module}}” could not be loaded',
    moduleFailedHint: 'The rest of the page still works. Please try again; if the problem persists, call 95198.',
    errorTitle: 'Something went wrong',
    notFound: 'Not found',
    demoData: 'Demo data',
    source: 'Source',
    asOf: 'As of {{date}}',
    clearFilters: 'Clear filters',
    noResults: 'Nothing matches these filters',
    resultsCount: '{{count}} items',
    resultsCount_one: '{{count}} item',
    networkError: 'The network connection failed. Check your connection and try again.',
    serverError: 'The service is unavailable ({{status}}). Please try again later.',
    pageNotFound: 'Page not found',
    pageNotFoundHint: 'This address is not part of any section of the portal.',
    backHome: 'Back to the home page',
    releaseInvalid: 'The portal is misconfigured and cannot be shown right now',
    releaseInvalidHint:
      'The release manifest could not be read or is not valid. Please try again later, or call 95198 to report it.',
    technicalDetails: 'Technical details',
    moduleNames: {
      frame: 'Page frame',
      'fee-directory': 'Port charges',
      'clearance-guide': 'Clearance guide',
      'service-times': 'Terminal times',
      hotline: 'Hotline & complaints',
      'usage-meter': 'Usage rate',
      'release-console': 'Releases',
    },
  },
} satisfies Record<Locale, Record<string, string | Record<string, string>>>;

export type CommonKey = keyof (typeof commonResources)['zh-CN'];
export type CommonTexts = (typeof commonResources)['zh-CN'];

/**
 * A minimal translator over the common namespace for framework-free code (shell, embed loader)
 * that should not pay for i18next: `{{name}}` placeholders, falls back to the key.
 */
export function commonText(
  locale: Locale,
  key: Exclude<CommonKey, 'moduleNames'>,
  values: Record<string, string> = {},
): string {
  const template: string = commonResources[locale][key];
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
}

export function moduleDisplayName(locale: Locale, module: string): string {
  const names: Record<string, string> = commonResources[locale].moduleNames;
  return names[module] ?? module;
}
