import type { ComponentType } from 'react';
import type { Locale, Principal } from '@sw/contracts';
import { mockToken } from '@sw/mocks';
import { createTestHost, renderInModule } from '@sw/module-kit/testing';
import { releaseConsoleDefinition } from '../definition.ts';

export const ADMIN: Principal = { id: 'admin', role: 'admin', name: 'Chen Jing' };

/** Renders part of the console with its texts, inside the suite's providers, signed in as `user`. */
export function renderConsole(
  Component: ComponentType,
  options: { locale?: Locale; url?: string; user?: Principal | null } = {},
) {
  history.replaceState(null, '', options.url ?? '/releases');
  const host = createTestHost(options.locale ?? 'en');
  const user = options.user === undefined ? ADMIN : options.user;
  if (user) {
    const expiresAt = new Date(Date.now() + 3600_000);
    host.auth.signIn({ token: mockToken(user, expiresAt), user, expiresAt: expiresAt.toISOString() });
  }
  return renderInModule(releaseConsoleDefinition, Component, host);
}
