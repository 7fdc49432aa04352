import { act } from '@testing-library/react';
import type { ComponentType } from 'react';
import { tokenResponseSchema, type DemoUser, type Locale } from '@sw/contracts';
import { createNavigator } from '@sw/module-kit/host';
import { createTestHost, renderInModule, type TestHost } from '@sw/module-kit/testing';
import { hotlineDefinition } from '../definition.ts';

/** A test host whose navigation really moves the page's URL, as the shell's does. */
export function createHotlineTestHost(locale: Locale = 'zh-CN'): TestHost {
  const host = createTestHost(locale);
  host.navigation = createNavigator({
    go(url) {
      host.visited.push(url);
      history.pushState(null, '', url);
      dispatchEvent(new PopStateEvent('popstate'));
    },
  });
  return host;
}

/** Renders part of this module with its own texts inside the providers the suite gives it. */
export function renderHotline(
  Component: ComponentType,
  options: { locale?: Locale; url?: string; host?: TestHost } = {},
) {
  history.replaceState(null, '', options.url ?? '/hotline');
  return renderInModule(hotlineDefinition, Component, options.host ?? createHotlineTestHost(options.locale ?? 'zh-CN'));
}

/** Signs a demo user in on the host through the mock dev login. */
export async function signIn(host: TestHost, user: DemoUser['id']): Promise<void> {
  const response = await fetch('http://localhost/api/dev/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ user }),
  });
  const session = tokenResponseSchema.parse(await response.json());
  act(() => host.auth.signIn(session));
}
