import type { ComponentType } from 'react';
import { defineModule } from '@sw/module-kit';
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';
import zhHK from './locales/zh-HK.json';

export const frameDefinition = { name: 'frame', resources: { 'zh-CN': zhCN, 'zh-HK': zhHK, en } };

/** The frame provides three single-spa applications (header, footer, landing) sharing its texts. */
export function defineFrameApp(App: ComponentType) {
  return defineModule({ ...frameDefinition, App });
}
