import { render, type RenderResult } from '@testing-library/react';
import type { ComponentType } from 'react';
import type { Locale, ModuleDescriptor, ModuleHost } from '@sw/contracts';
import { createLocaleStore } from '@sw/i18n';
import { createAuthStore } from '../host/authStore.ts';
import { createEventBus } from '../host/eventBus.ts';
import { createNavigator } from '../host/navigator.ts';
import { ModuleRoot, type ModuleDefinition } from '../react/ModuleRoot.tsx';

export interface TestHost extends ModuleHost {
  /** Where navigate() went, in order. */
  visited: string[];
  errors: unknown[];
}

export function createTestHost(
  locale: Locale = 'zh-CN',
  apiBaseUrl = 'http://localhost/api',
  modules: ModuleDescriptor[] = [],
): TestHost {
  const visited: string[] = [];
  const errors: unknown[] = [];
  const store = createLocaleStore();
  store.set(locale);
  return {
    locale: store,
    events: createEventBus(),
    navigation: createNavigator({ go: (url) => visited.push(url) }),
    apiBaseUrl,
    auth: createAuthStore(),
    reportError: (error) => errors.push(error),
    modules: () => modules,
    release: { id: 'test' },
    visited,
    errors,
  };
}

/** Renders a module component inside the same providers the module gets in the suite. */
export function renderInModule(
  definition: Omit<ModuleDefinition, 'App'>,
  Component: ComponentType,
  host: TestHost = createTestHost(),
): RenderResult & { host: TestHost } {
  const result = render(<ModuleRoot definition={{ ...definition, App: Component }} host={host} />);
  return Object.assign(result, { host });
}
