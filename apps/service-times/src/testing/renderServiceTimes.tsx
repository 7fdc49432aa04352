import type { ComponentType } from 'react';
import { signInDemoUser } from '@sw/mocks';
import { createTestHost, renderInModule } from '@sw/module-kit/testing';
import type { Locale } from '@sw/contracts';
import { serviceTimesDefinition } from '../definition.ts';
import Routes from '../routes.tsx';

interface RenderOptions {
  locale?: Locale;
  url?: string;
  /** A demo user to sign in as (`operator-yict`, `admin`...); anonymous without. */
  user?: string;
}

/** Renders part of this module with its own texts inside the providers the suite gives it. */
export function renderServiceTimes(Component: ComponentType, options: RenderOptions = {}) {
  history.replaceState(null, '', options.url ?? '/service-times');
  const host = createTestHost(options.locale ?? 'zh-CN');
  if (options.user) signInDemoUser(host.auth, options.user);
  return renderInModule(serviceTimesDefinition, Component, host);
}

/** The whole module at a URL, as the shell would mount it there. */
export const renderModuleAt = (url: string, options: Omit<RenderOptions, 'url'> = {}) =>
  renderServiceTimes(Routes, { ...options, url });
