import { screen } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type * as Ui from '@sw/ui';
import { signInDemoUser } from '@sw/mocks';
import { queriesAtMount } from '@sw/module-kit/testing';
import { usageMeterDefinition } from '../definition.ts';
import { DATA_ENTRY_PATH, OVERVIEW_PATH } from '../paths.ts';
import Routes from '../routes.tsx';
import { setupMockApi } from '../testing/mockApi.ts';
import { renderUsageMeter } from '../testing/renderUsageMeter.tsx';
import { prefetchPage } from './prefetchPage.ts';

vi.mock('@sw/ui', async (importOriginal) => ({
  ...(await importOriginal<typeof Ui>()),
  Chart: (await import('../testing/stubChart.tsx')).StubChart,
}));

setupMockApi();

const mountAt = (url: string, user?: string) =>
  queriesAtMount(
    { ...usageMeterDefinition, App: Routes, prefetch: prefetchPage },
    { url, ...(user && { signIn: (host) => signInDemoUser(host.auth, user) }) },
  );

// A whole page in happy-dom, on a busy machine too: more than the default 5 s.
describe('prefetchPage', { timeout: 20_000 }, () => {
  it.each([
    [OVERVIEW_PATH, undefined],
    [`${OVERVIEW_PATH}/`, undefined],
    [`${OVERVIEW_PATH}?mode=land&port=huanggang&business=transport`, undefined],
    [`${OVERVIEW_PATH}?mode=sea&business=manifest&lang=en`, undefined],
    [OVERVIEW_PATH, 'admin'],
    // The module has no page of its own for an unknown path: the meter answers it.
    [`${OVERVIEW_PATH}/nowhere`, undefined],
  ])('starts at mount exactly the queries the meter at %s (signed in: %s) shows', async (url, user) => {
    const { prefetched, shown } = await mountAt(url, user);
    expect(prefetched.length).toBeGreaterThan(0);
    expect(prefetched).toEqual(shown);
  });

  describe('on data entry', () => {
    // The data entry page is a lazy chunk of its own, and queriesAtMount only waits for queries: load
    // it first, so that each case sees the page itself and not its loading fallback.
    beforeAll(async () => {
      const view = renderUsageMeter(Routes, { url: DATA_ENTRY_PATH });
      await screen.findByRole('heading', { level: 2 }, { timeout: 10_000 });
      view.unmount();
    });

    it.each([undefined, 'operator-yict'])(
      'starts nothing, and the page (signed in: %s) asks for nothing: it is the single-window team’s',
      async (user) => {
        const { prefetched, shown } = await mountAt(DATA_ENTRY_PATH, user);
        expect(prefetched).toEqual([]);
        expect(shown).toEqual([]);
      },
    );

    it('starts what the page shows the single-window team, their own uploads among it', async () => {
      const { prefetched, shown } = await mountAt(DATA_ENTRY_PATH, 'admin');
      expect(shown).toEqual(['["ports"]', '["usage","figures"]', '["usage","imports","admin"]']);
      expect(prefetched).toEqual(shown);
    });
  });
});
