import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type * as Ui from '@sw/ui';
import type { ModuleProps } from '@sw/contracts';
import { createTestHost } from '@sw/module-kit/testing';
import { setupMockApi } from './testing/mockApi.ts';
import * as lifecycles from './lifecycles.ts';

vi.mock('@sw/ui', async (importOriginal) => ({
  ...(await importOriginal<typeof Ui>()),
  Chart: (await import('./testing/stubChart.tsx')).StubChart,
}));

setupMockApi();

// A whole page in happy-dom, on a busy machine too: more than the default 5 s.
describe('lifecycles', { timeout: 20_000 }, () => {
  it('mounts the meter into the element the host gives it and unmounts cleanly', async () => {
    history.replaceState(null, '', '/usage');
    const domElement = document.createElement('div');
    document.body.append(domElement);
    const props = { host: createTestHost('en'), domElement, name: 'usage-meter' } as ModuleProps;
    const run = async (fn: typeof lifecycles.mount) => {
      for (const step of [fn].flat()) await step(props as never);
    };
    await run(lifecycles.bootstrap);
    await run(lifecycles.mount);
    // The pages are a lazy chunk: the first load in a test run takes a moment.
    expect(await screen.findByRole('heading', { name: 'Single window usage rate' }, { timeout: 10_000 })).toBeTruthy();
    expect(await screen.findAllByRole('meter', {}, { timeout: 5000 })).toHaveLength(3);
    await run(lifecycles.unmount);
    expect(domElement.childElementCount).toBe(0);
    domElement.remove();
  });
});
