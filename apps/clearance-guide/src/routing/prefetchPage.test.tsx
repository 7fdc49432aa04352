import { hashKey, type QueryKey } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { CLEARANCE_PROCEDURES, signInDemoUser } from '@sw/mocks';
import { queriesAtMount } from '@sw/module-kit/testing';
import { clearanceKeys } from '../api/queries.ts';
import { clearanceGuideDefinition } from '../definition.ts';
import Routes from '../routes.tsx';
import { setupMockApi } from '../testing/mockApi.ts';
import { apiAs } from '../testing/renderClearanceGuide.tsx';
import { paths } from './paths.ts';
import { prefetchPage } from './prefetchPage.ts';

setupMockApi();

const PROCEDURE = 'yantian-sea-import-standard';
const OTHER = 'yantian-sea-import-advance';
const FEE_NAMES = hashKey(['fees', 'names']);

const mountAt = (url: string, user?: string) =>
  queriesAtMount(
    { ...clearanceGuideDefinition, App: Routes, prefetch: prefetchPage },
    { url, locale: 'en', ...(user && { signIn: (host) => signInDemoUser(host.auth, user) }) },
  );

/** The queries the page shows that the prefetch did not start (those that follow from an answer). */
const later = ({ prefetched, shown }: { prefetched: string[]; shown: string[] }) =>
  shown.filter((key) => !prefetched.includes(key));

const keys = (...queryKeys: QueryKey[]) => queryKeys.map((key) => hashKey(key)).sort();

describe('prefetchPage', () => {
  it.each([
    paths.list(),
    paths.list(new URLSearchParams({ mode: 'air', direction: 'import', q: 'advance' })),
    paths.history(PROCEDURE),
    paths.compare(PROCEDURE, OTHER),
    paths.compare(PROCEDURE),
    paths.shipment(new URLSearchParams({ direction: 'import', mode: 'sea' })),
    paths.manage(),
  ])('starts at mount exactly the queries the page at %s shows', async (url) => {
    const { prefetched, shown } = await mountAt(url);
    expect(prefetched.length).toBeGreaterThan(0);
    expect(prefetched).toEqual(shown);
  });

  it('starts a proposal’s page for its procedure and step (as an agency)', async () => {
    const { prefetched, shown } = await mountAt(paths.newDraft(PROCEDURE, 'release'), 'operator-customs');
    expect(prefetched).toEqual(keys(clearanceKeys.agencies, clearanceKeys.procedure(PROCEDURE)));
    expect(prefetched).toEqual(shown);
  });

  it.each([
    [paths.procedure(PROCEDURE), keys(clearanceKeys.procedure(PROCEDURE))],
    [paths.procedure(PROCEDURE, 1), keys(clearanceKeys.procedure(PROCEDURE, 1), clearanceKeys.procedure(PROCEDURE))],
  ])('starts on %s all but the fee names, which follow from the steps’ costs', async (url, procedures) => {
    const result = await mountAt(url);
    expect(result.prefetched).toEqual(
      [...procedures, ...keys(clearanceKeys.agencies, clearanceKeys.procedures)].sort(),
    );
    expect(result.shown).toEqual(expect.arrayContaining(result.prefetched));
    expect(later(result)).toEqual([FEE_NAMES]);
  });

  it('starts a complete shipment’s page without the procedure the answers pick from the list', async () => {
    const answers = { direction: 'import', mode: 'sea', port: 'yantian', cargo: 'general', variant: 'standard' };
    const result = await mountAt(paths.shipment(new URLSearchParams({ ...answers, units: '3' })));
    expect(result.prefetched.length).toBeGreaterThan(0);
    expect(result.shown).toEqual(expect.arrayContaining(result.prefetched));
    expect(later(result)).toEqual(keys(clearanceKeys.procedure(PROCEDURE), ['fees', 'names']));
  });

  it('starts the workspace with the signed-in agency’s proposals', async () => {
    const { prefetched, shown } = await mountAt(paths.manage(), 'operator-yict');
    expect(prefetched).toEqual(expect.arrayContaining(keys([...clearanceKeys.drafts, 'operator-yict'])));
    expect(prefetched).toEqual(shown);
  });

  it('starts a proposal’s page without its procedure, which follows from the proposal', async () => {
    const release = CLEARANCE_PROCEDURES.find((p) => p.id === PROCEDURE)!.steps.find((s) => s.id === 'release')!;
    const { id: _id, agencyId: _agency, ...content } = release;
    const draft = await apiAs('operator-customs', '/clearance/drafts', {
      method: 'POST',
      json: { procedureId: PROCEDURE, stepId: 'release', content, note: 'Release within 1 h' },
    });
    const id = String(draft.id);
    const result = await mountAt(paths.draft(id), 'operator-customs');
    expect(result.prefetched).toEqual(keys(clearanceKeys.agencies, clearanceKeys.draft(id)));
    expect(result.shown).toEqual(expect.arrayContaining(result.prefetched));
    expect(later(result)).toEqual(keys(clearanceKeys.procedure(PROCEDURE)));
  });

  it('starts nothing on a page that does not exist', async () => {
    const { prefetched } = await mountAt('/clearance/nowhere');
    expect(prefetched).toEqual([]);
  });
});
