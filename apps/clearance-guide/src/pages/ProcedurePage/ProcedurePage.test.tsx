import { fireEvent, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { CLEARANCE_PROCEDURES } from '@sw/mocks';
import { setupMockApi } from '../../testing/mockApi.ts';
import { renderClearanceGuide } from '../../testing/renderClearanceGuide.tsx';
import { ProcedurePage } from './ProcedurePage.tsx';

const server = setupMockApi();
const ID = 'yantian-sea-import-standard';
const procedure = CLEARANCE_PROCEDURES.find((p) => p.id === ID)!;

const Page = () => <ProcedurePage id={ID} />;

describe('ProcedurePage', () => {
  it('shows the steps in order as a timeline, with totals and the document checklist', async () => {
    renderClearanceGuide(Page, { locale: 'en', url: `/clearance/procedures/${ID}` });
    const steps = await screen.findByRole('list', { name: 'Steps in order' });
    const items = within(steps)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement === steps);
    expect(items.map((li) => within(li).getAllByRole('heading')[0]!.textContent)).toEqual(
      procedure.steps.map((s, i) => `Step ${i + 1}: ${s.title.en}`),
    );
    const inspection = items[procedure.steps.findIndex((s) => s.id === 'inspection')]!;
    expect(within(inspection).getByText('Optional')).toBeTruthy();
    expect(within(inspection).getByText('Only when selected for inspection')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Totals' })).toBeTruthy();
    const documents = screen.getByRole('table', { name: 'Document checklist' });
    expect(within(documents).getAllByText('Commercial invoice')).toHaveLength(1);
  });

  it("links a step's charges to the fee directory by fee id, through the shell", async () => {
    const { host } = renderClearanceGuide(Page, { locale: 'en', url: `/clearance/procedures/${ID}` });
    const pickup = (await screen.findAllByRole('listitem')).find((li) =>
      within(li).queryByRole('heading', { name: /Container pick-up/ }),
    )!;
    const link = await within(pickup).findByRole('link', {
      name: 'Terminal handling charge (THC, 20-ft) (open in the fee directory)',
    });
    fireEvent.click(link);
    expect(host.visited).toEqual(['/fees']);
    expect(host.navigation.takePayload('/fees')).toEqual({ feeId: 'fee-thc-yantian-20' });
  });

  it('marks an earlier version as such and links to the current one', async () => {
    const v2 = { ...procedure, version: 2, publishedAt: '2026-05-01T02:00:00.000Z' };
    server.use(http.get(`*/api/clearance/procedures/${ID}`, () => HttpResponse.json(v2)));
    renderClearanceGuide(Page, { locale: 'zh-CN', url: `/clearance/procedures/${ID}?version=1` });
    expect(await screen.findByText(/您正在查看第 1 版/)).toBeTruthy();
    expect(screen.getByRole('link', { name: '查看现行版本' }).getAttribute('href')).toBe(`/clearance/procedures/${ID}`);
  });

  it('shows a missing procedure as not found, in the reader’s language', async () => {
    renderClearanceGuide(() => <ProcedurePage id="nope" />, { locale: 'zh-HK', url: '/clearance/procedures/nope' });
    expect(await screen.findByText('找不到該流程、版本或修改稿。')).toBeTruthy();
  });
});
