import type { ComponentType } from 'react';
import { DEMO_USERS, mockToken, signInDemoUser } from '@sw/mocks';
import { createTestHost, renderInModule } from '@sw/module-kit/testing';
import type { Locale } from '@sw/contracts';
import { clearanceGuideDefinition } from '../definition.ts';

/** Renders part of this module with its own texts inside the providers the suite gives it. */
export function renderClearanceGuide(
  Component: ComponentType,
  options: { locale?: Locale; url?: string; user?: string } = {},
) {
  history.replaceState(null, '', options.url ?? '/clearance');
  const host = createTestHost(options.locale ?? 'zh-CN');
  if (options.user) signInDemoUser(host.auth, options.user);
  return renderInModule(clearanceGuideDefinition, Component, host);
}

/** A request to the mock API as a demo user (to set the scene for a test). */
export async function apiAs(userId: string, path: string, init: { method?: string; json?: unknown } = {}) {
  const user = DEMO_USERS.find((u) => u.id === userId)!;
  const response = await fetch(`http://localhost/api${path}`, {
    method: init.method ?? 'GET',
    headers: {
      Authorization: `Bearer ${mockToken(user, new Date(Date.now() + 3600_000))}`,
      ...(init.json !== undefined ? { 'Content-Type': 'application/json' } : {}),
    },
    ...(init.json !== undefined ? { body: JSON.stringify(init.json) } : {}),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json() as Promise<Record<string, unknown>>;
}
