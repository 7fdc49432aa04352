import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ModuleProps } from '@sw/contracts';
import { createTestHost } from '@sw/module-kit/testing';
import { setupMockApi } from './testing/mockApi.ts';
import * as lifecycles from './lifecycles.ts';

setupMockApi();

describe('lifecycles', () => {
  it('mounts the terminals page into the element the host gives it and unmounts cleanly', async () => {
    history.replaceState(null, '', '/service-times');
    const domElement = document.createElement('div');
    document.body.append(domElement);
    const props = { host: createTestHost('en'), domElement, name: 'service-times' } as ModuleProps;
    const run = async (fn: typeof lifecycles.mount) => {
      for (const step of [fn].flat()) await step(props as never);
    };
    await run(lifecycles.bootstrap);
    await run(lifecycles.mount);
    // The pages are a lazily loaded chunk: the first render waits for it.
    expect(await screen.findByRole('heading', { level: 2, name: 'Terminal service times' })).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Yantian International Container Terminals (YICT)' })).toBeTruthy();
    await run(lifecycles.unmount);
    expect(domElement.childElementCount).toBe(0);
    domElement.remove();
  });
});
