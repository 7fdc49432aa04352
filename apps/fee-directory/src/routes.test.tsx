import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FEES } from '@sw/mocks';
import { createTestHost, renderInModule } from '@sw/module-kit/testing';
import { feeDirectoryDefinition } from './definition.ts';
import { pageOf } from './navigation/pageOf.ts';
import Routes from './routes.tsx';
import { setupMockApi } from './testing/mockApi.ts';

setupMockApi();

describe('pageOf', () => {
  it('tells the sections, the print view and item pages apart', () => {
    expect(pageOf('/fees')).toEqual({ section: 'list' });
    expect(pageOf('/fees/')).toEqual({ section: 'list' });
    expect(pageOf('/fees/reductions')).toEqual({ section: 'reductions' });
    expect(pageOf('/fees/estimate')).toEqual({ section: 'estimate' });
    expect(pageOf('/fees/print')).toEqual({ print: true });
    expect(pageOf('/fees/fee-pilotage-yantian')).toEqual({ itemId: 'fee-pilotage-yantian' });
  });
});

describe('Routes', { timeout: 30_000 }, () => {
  it('opens an item from the list through the host, leaving the page address alone', async () => {
    history.replaceState(null, '', '/fees?lang=en');
    const { host } = renderInModule(feeDirectoryDefinition, Routes, createTestHost('en'));
    const first = FEES[0]!;
    const table = await screen.findByRole('table', {}, { timeout: 10_000 });
    fireEvent.click(within(table).getByRole('link', { name: first.name.en }));
    expect(await screen.findByRole('heading', { level: 2, name: first.name.en })).toBeTruthy();
    expect(host.visited).toEqual([`/fees/${first.id}`]);
    expect(`${location.pathname}${location.search}`).toBe('/fees?lang=en'); // embedded, the host's page stays
  });

  it('opens the item another module asked for with `navigate("/fees", { feeId })`', async () => {
    history.replaceState(null, '', '/fees');
    const host = createTestHost('en');
    host.navigation.navigate('/fees', { feeId: 'fee-pilotage-yantian' });
    renderInModule(feeDirectoryDefinition, Routes, host);
    expect(await screen.findByRole('heading', { level: 2, name: /Pilotage and shifting/ })).toBeTruthy();
    expect(host.navigation.location().pathname).toBe('/fees/fee-pilotage-yantian');
  });
});
