import { describe, expect, it } from 'vitest';
import { signInDemoUser } from '@sw/mocks';
import { queriesAtMount } from '@sw/module-kit/testing';
import { serviceTimesDefinition } from '../definition.ts';
import Routes from '../routes.tsx';
import { setupMockApi } from '../testing/mockApi.ts';
import { paths } from './paths.ts';
import { prefetchPage } from './prefetchPage.ts';

setupMockApi();

const mountAt = (url: string, user?: string) =>
  queriesAtMount(
    { ...serviceTimesDefinition, App: Routes, prefetch: prefetchPage },
    { url, ...(user && { signIn: (host) => signInDemoUser(host.auth, user) }) },
  );

describe('prefetchPage', () => {
  it.each([paths.terminals(), paths.compare(), paths.coverage(), paths.terminal('yict')])(
    'starts at mount exactly the queries the page at %s shows',
    async (url) => {
      const { prefetched, shown } = await mountAt(url);
      expect(prefetched.length).toBeGreaterThan(0);
      expect(prefetched).toEqual(shown);
    },
  );

  it('starts on the upload page all but the histories, which follow from the standards', async () => {
    const { prefetched, shown } = await mountAt(paths.upload('yict'), 'operator-yict');
    expect(prefetched.length).toBe(3);
    expect(shown).toEqual(expect.arrayContaining(prefetched));
    expect(shown.filter((key) => !prefetched.includes(key)).every((key) => key.includes('"history"'))).toBe(true);
  });

  it('starts nothing on a page that does not exist', async () => {
    const { prefetched } = await mountAt('/service-times/nowhere');
    expect(prefetched).toEqual([]);
  });
});
