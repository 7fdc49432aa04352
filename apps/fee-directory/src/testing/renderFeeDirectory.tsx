import type { ComponentType } from 'react';
import { createTestHost, renderInModule } from '@sw/module-kit/testing';
import type { Locale } from '@sw/contracts';
import { feeDirectoryDefinition } from '../definition.ts';

/** Renders part of this module with its own texts inside the providers the suite gives it. */
export function renderFeeDirectory(Component: ComponentType, options: { locale?: Locale; url?: string } = {}) {
  history.replaceState(null, '', options.url ?? '/fees');
  return renderInModule(feeDirectoryDefinition, Component, createTestHost(options.locale ?? 'zh-CN'));
}
