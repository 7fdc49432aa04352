import { act } from '@testing-library/react';
import type { ComponentType } from 'react';
import { tokenResponseSchema, type DemoUser, type Locale } from '@sw/contracts';
import { createTestHost, renderInModule, type TestHost } from '@sw/module-kit/testing';
import { hotlineDefinition } from '../definition.ts';

/** Renders part of this module at a URL with its own texts inside the providers the suite gives it. */
export function renderHotline(
  Component: ComponentType,
  options: { locale?: Locale; url?: string; host?: TestHost } = {},
) {
  const host = options.host ?? createTestHost(options.locale ?? 'zh-CN');
  host.open(options.url ?? '/hotline');
  return renderInModule(hotlineDefinition, Component, host);
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
