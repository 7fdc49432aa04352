import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ModuleProps } from '@sw/contracts';
import { createTestHost } from '@sw/module-kit/testing';
import { setupMockApi } from './testing/mockApi.ts';
import * as lifecycles from './lifecycles.ts';

setupMockApi();

describe('lifecycles', () => {
  it('mounts the guide into the element the host gives it and unmounts cleanly', { timeout: 30_000 }, async () => {
    history.replaceState(null, '', '/clearance');
    const domElement = document.createElement('div');
    document.body.append(domElement);
    const props = { host: createTestHost('en'), domElement, name: 'clearance-guide' } as ModuleProps;
    const run = async (fn: typeof lifecycles.mount) => {
      for (const step of [fn].flat()) await step(props as never);
    };
    await run(lifecycles.bootstrap);
    await run(lifecycles.mount);
    // Mount has loaded the pages' lazy chunk (lazyApp); their first render in a busy test runner can still
    // take more than a second.
    expect(await screen.findByRole('heading', { level: 2, name: 'Clearance guide' }, { timeout: 15_000 })).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Sea import at Yantian (standard declaration)' })).toBeTruthy();
    await run(lifecycles.unmount);
    expect(domElement.childElementCount).toBe(0);
    domElement.remove();
  });
});
