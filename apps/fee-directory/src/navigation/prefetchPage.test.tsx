import { afterEach, describe, expect, it, vi } from 'vitest';
import { signInDemoUser } from '@sw/mocks';
import { queriesAtMount } from '@sw/module-kit/testing';
import { feeDirectoryDefinition } from '../definition.ts';
import Routes from '../routes.tsx';
import { setupMockApi } from '../testing/mockApi.ts';
import { FEE_PATHS } from './paths.ts';
import { prefetchPage } from './prefetchPage.ts';

setupMockApi();
afterEach(() => vi.restoreAllMocks());

/** Who opens the page: a demo user's id, or `visitor` for no one signed in. */
const mountAt = (url: string, user = 'visitor') =>
  queriesAtMount(
    { ...feeDirectoryDefinition, App: Routes, prefetch: prefetchPage },
    { url, locale: 'en', ...(user !== 'visitor' && { signIn: (host) => signInDemoUser(host.auth, user) }) },
  );

describe('prefetchPage', { timeout: 30_000 }, () => {
  it.each<[url: string, user: string]>([
    [FEE_PATHS.list, 'visitor'],
    [`${FEE_PATHS.list}?q=yinhang&port=yantian&sort=standard&order=desc`, 'visitor'],
    [`${FEE_PATHS.print}?q=pilotage&status=effective`, 'visitor'],
    [`${FEE_PATHS.estimate}?port=yantian&direction=export&containers20=2`, 'visitor'],
    [FEE_PATHS.reductions, 'visitor'],
    [`${FEE_PATHS.reductions}?since=2024-06-01`, 'visitor'],
    [`${FEE_PATHS.reductions}?since=soon`, 'visitor'],
    [FEE_PATHS.item('fee-pilotage-yantian'), 'visitor'],
    [FEE_PATHS.item('fee-nothing-like-this'), 'visitor'], // the page asks, and says there is no such charge
    [FEE_PATHS.manage, 'visitor'],
    [FEE_PATHS.manage, 'operator-sct'],
    [FEE_PATHS.objections, 'visitor'],
    [FEE_PATHS.objections, 'regulator'],
    // Who is signed in decides what some pages read: the prefetch asks the same.
    [FEE_PATHS.item('fee-thc-yantian-20'), 'regulator'], // the objections, whoever owns the item
    [FEE_PATHS.item('fee-thc-yantian-20'), 'operator-yict'], // its own item: the objections too
    [FEE_PATHS.item('fee-thc-yantian-20'), 'operator-sct'], // another operator's: not the objections
    [FEE_PATHS.item('fee-thc-yantian-20'), 'admin'],
    [FEE_PATHS.item('fee-nothing-like-this'), 'admin'], // no item, no objections
    [FEE_PATHS.manage, 'admin'], // the organisations to act for
  ])('starts at mount exactly the queries the page at %s shows (user: %s)', async (url, user) => {
    const { prefetched, shown } = await mountAt(url, user);
    expect(prefetched.length).toBeGreaterThan(0);
    expect(prefetched).toEqual(shown);
  });

  it('starts nothing on a path that is no page (a malformed item id)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {}); // React reports the page's URIError
    const { prefetched, shown } = await mountAt('/fees/%E0%A4%A');
    expect(prefetched).toEqual([]);
    expect(shown).toEqual([]);
  });
});
