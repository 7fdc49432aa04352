import type { ModuleDefinition } from '@sw/module-kit';
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';
import zhHK from './locales/zh-HK.json';

/** The module's name (its i18next namespace) and texts; shared by the lifecycles and the tests. */
export const serviceTimesDefinition = {
  name: 'service-times',
  resources: { 'zh-CN': zhCN, 'zh-HK': zhHK, en },
} satisfies Omit<ModuleDefinition, 'App'>;
