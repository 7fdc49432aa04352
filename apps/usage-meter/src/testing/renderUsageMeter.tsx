import type { ComponentType } from 'react';
import { createTestHost, renderInModule } from '@sw/module-kit/testing';
import { signInDemoUser } from '@sw/mocks';
import type { Locale } from '@sw/contracts';
import { usageMeterDefinition } from '../definition.ts';

interface RenderOptions {
  locale?: Locale;
  url?: string;
  /** A demo user id (e.g. `admin`) to be signed in as, with a mock token. */
  user?: string;
}

/** Renders part of this module with its own texts inside the providers the suite gives it. */
export function renderUsageMeter(Component: ComponentType, options: RenderOptions = {}) {
  history.replaceState(null, '', options.url ?? '/usage');
  const host = createTestHost(options.locale ?? 'zh-CN');
  if (options.user) signInDemoUser(host.auth, options.user);
  return renderInModule(usageMeterDefinition, Component, host);
}
