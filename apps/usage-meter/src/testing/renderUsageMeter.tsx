import type { ComponentType } from 'react';
import { createTestHost, renderInModule } from '@sw/module-kit/testing';
import { DEMO_USERS, mockToken } from '@sw/mocks';
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
  const user = DEMO_USERS.find((u) => u.id === options.user);
  if (user) {
    const expiresAt = new Date(Date.now() + 3600_000);
    host.auth.signIn({ token: mockToken(user, expiresAt), user, expiresAt: expiresAt.toISOString() });
  }
  return renderInModule(usageMeterDefinition, Component, host);
}
