import { describe, expect, it } from 'vitest';
import { demoComplaints, signInDemoUser } from '@sw/mocks';
import { queriesAtMount } from '@sw/module-kit/testing';
import { hotlineDefinition } from '../definition.ts';
import Routes from '../routes.tsx';
import { setupMockApi } from '../testing/mockApi.ts';
import { PATHS } from './paths.ts';
import { prefetchPage } from './prefetchPage.ts';

setupMockApi();

const ticket = demoComplaints(new Date()).find((c) => c.unit === 'market-regulation')!;

const mountAt = (url: string, user?: string) =>
  queriesAtMount(
    { ...hotlineDefinition, App: Routes, prefetch: prefetchPage },
    { url, locale: 'en', ...(user && { signIn: (host) => signInDemoUser(host.auth, user) }) },
  );

describe('prefetchPage', () => {
  it('starts at mount exactly the queries the directory shows', async () => {
    const { prefetched, shown } = await mountAt(PATHS.directory);
    expect(prefetched.length).toBeGreaterThan(0);
    expect(prefetched).toEqual(shown);
  });

  it.each([PATHS.file, `${PATHS.track}?ticket=HL-20261127-7K3F9Q`])(
    'starts nothing at %s, which reads nothing',
    async (url) => {
      const { prefetched, shown } = await mountAt(url);
      expect(prefetched).toEqual(shown);
      expect(shown).toEqual([]);
    },
  );

  it.each([
    // The queue (the URL's filters and the overdue count) and who can be assigned; the statistics.
    [PATHS.queue, 3],
    [`${PATHS.queue}?status=received,assigned&overdue=true&sort=submittedAt`, 3],
    [`${PATHS.queue}?status=received&lang=en`, 3], // the language is not a filter
    [PATHS.stats, 1],
  ])('starts at %s, a staff page, exactly what it shows the staff, and nothing for others', async (url, queries) => {
    const anonymous = await mountAt(url);
    expect(anonymous).toEqual({ prefetched: [], shown: [] }); // no request the API would refuse
    const { prefetched, shown } = await mountAt(url, 'regulator');
    expect(shown.length).toBe(queries);
    expect(shown.every((key) => key.startsWith('["complaints",'))).toBe(true);
    expect(prefetched).toEqual(shown);
  });

  it('starts a ticket, a staff page, for the staff', async () => {
    const url = PATHS.ticket(ticket.id);
    expect(await mountAt(url)).toEqual({ prefetched: [], shown: [] });
    const { prefetched, shown } = await mountAt(url, 'regulator');
    expect(shown).toEqual([
      JSON.stringify(['complaints', 'staff']),
      JSON.stringify(['complaints', 'ticket', ticket.id]),
    ]);
    expect(prefetched).toEqual(shown);
  });

  it('starts nothing on a page that does not exist', async () => {
    const { prefetched } = await mountAt('/hotline/nowhere');
    expect(prefetched).toEqual([]);
  });
});
