import { render, type RenderResult } from '@testing-library/react';
import type { ComponentType } from 'react';
import { ModuleRoot, type ModuleDefinition } from '../react/ModuleRoot.tsx';
import { createTestHost, type TestHost } from './testHost.ts';

/** Renders a module component inside the same providers the module gets in the suite. */
export function renderInModule(
  definition: Omit<ModuleDefinition, 'App'>,
  Component: ComponentType,
  host: TestHost = createTestHost(),
): RenderResult & { host: TestHost } {
  const result = render(<ModuleRoot definition={{ ...definition, App: Component }} host={host} />);
  return Object.assign(result, { host });
}
