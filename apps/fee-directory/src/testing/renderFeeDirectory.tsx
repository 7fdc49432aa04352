import type { ComponentType } from 'react';
import { createTestHost, renderInModule } from '@sw/module-kit/testing';
import type { Locale, ModuleDescriptor } from '@sw/contracts';
import { signInDemoUser } from '@sw/mocks';
import { feeDirectoryDefinition } from '../definition.ts';

interface RenderOptions {
  locale?: Locale;
  url?: string;
  /** A demo user to sign in before rendering. */
  user?: string;
  /** The release's other modules (e.g. the hotline). */
  modules?: ModuleDescriptor[];
}

/** Renders part of this module with its own texts inside the providers the suite gives it. */
export function renderFeeDirectory(Component: ComponentType, options: RenderOptions = {}) {
  history.replaceState(null, '', options.url ?? '/fees');
  const host = createTestHost(options.locale ?? 'zh-CN', 'http://localhost/api', options.modules ?? []);
  if (options.user) signInDemoUser(host.auth, options.user);
  return renderInModule(feeDirectoryDefinition, Component, host);
}
