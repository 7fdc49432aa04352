import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { procedureTotals } from '@sw/contracts';
import { CLEARANCE_PROCEDURES } from '@sw/mocks';
import { setupMockApi } from '../../testing/mockApi.ts';
import { renderClearanceGuide } from '../../testing/renderClearanceGuide.tsx';
import { ProcedureListPage } from './ProcedureListPage.tsx';

setupMockApi();

const count = () => screen.getByRole('status').textContent;
const cardTitles = () => screen.getAllByRole('article').map((card) => within(card).getByRole('heading').textContent);

describe('ProcedureListPage', () => {
  it('lists every published procedure with its totals and the national context', async () => {
    renderClearanceGuide(ProcedureListPage, { locale: 'en' });
    expect(await screen.findByText(`${CLEARANCE_PROCEDURES.length} items`)).toBeTruthy();
    const card = screen.getByRole('article', { name: 'Sea import at Yantian (standard declaration)' });
    const { stepCount } = procedureTotals(CLEARANCE_PROCEDURES[0]!.steps);
    expect(within(card).getByText(new RegExp(`^${stepCount} steps · time limit`))).toBeTruthy();
    expect(within(card).getByText('Demo data')).toBeTruthy();
    expect(screen.getByText("Context: China's overall clearance time")).toBeTruthy();
  });

  it('restores filters from a shared link, keeping other parameters', async () => {
    renderClearanceGuide(ProcedureListPage, {
      locale: 'zh-CN',
      url: '/clearance?lang=zh-CN&mode=air&direction=import',
    });
    await screen.findByRole('article', { name: '宝安机场航空进口（一般申报）' });
    const expected = CLEARANCE_PROCEDURES.filter((p) => p.modes.includes('air') && p.directions.includes('import'));
    expect(count()).toBe(`共 ${expected.length} 项`);
    expect(cardTitles()).toEqual(expected.map((p) => p.title['zh-CN']));
  });

  it('narrows as the reader types, in any language, and puts the search in the URL', async () => {
    const { host } = renderClearanceGuide(ProcedureListPage, { locale: 'zh-HK' });
    await screen.findByRole('article', { name: '鹽田港海運進口（一般申報）' });
    fireEvent.change(screen.getByRole('searchbox', { name: '搜尋通關流程' }), { target: { value: 'green channel' } });
    expect(cardTitles()).toEqual(['供港澳鮮活產品「綠色通道」（公路出口）']);
    await waitFor(() => expect(new URLSearchParams(host.navigation.location().search).get('q')).toBe('green channel'));
  });

  it('offers to clear filters when nothing matches', async () => {
    const { host } = renderClearanceGuide(ProcedureListPage, { locale: 'en', url: '/clearance?q=nothing-like-this' });
    const empty = await screen.findByText('Nothing matches these filters');
    fireEvent.click(within(empty.closest('.sw-card')!).getByRole('button', { name: 'Clear filters' }));
    expect(count()).toBe(`${CLEARANCE_PROCEDURES.length} items`);
    await waitFor(() => expect(host.navigation.location().search).toBe(''));
  });

  it('picks two procedures and links to their comparison', async () => {
    renderClearanceGuide(ProcedureListPage, { locale: 'en', url: '/clearance?port=yantian&direction=import' });
    const standard = await screen.findByRole('article', { name: 'Sea import at Yantian (standard declaration)' });
    const advance = screen.getByRole('article', { name: 'Sea import at Yantian (advance declaration)' });
    act(() => fireEvent.click(within(standard).getByRole('checkbox', { name: 'Compare' })));
    act(() => fireEvent.click(within(advance).getByRole('checkbox', { name: 'Compare' })));
    expect(screen.getByText('2 of 2 picked to compare')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Compare the two' }).getAttribute('href')).toBe(
      '/clearance/compare?a=yantian-sea-import-standard&b=yantian-sea-import-advance',
    );
    const third = screen.getByRole('article', { name: 'Sea import at Yantian (two-step declaration)' });
    expect(within(third).getByRole('checkbox', { name: 'Compare' })).toHaveProperty('disabled', true);
  });
});
