import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CLEARANCE_PROCEDURES } from '@sw/mocks';
import { setupMockApi } from '../../testing/mockApi.ts';
import { apiAs, renderClearanceGuide } from '../../testing/renderClearanceGuide.tsx';
import { ManagePage } from './ManagePage.tsx';

setupMockApi();

describe('ManagePage', () => {
  it("lists only the operator's own agency's steps, each with a way to propose a change", async () => {
    renderClearanceGuide(ManagePage, { locale: 'en', user: 'operator-yict', url: '/clearance/manage' });
    const table = await screen.findByRole('table', { name: "Your agency's steps" });
    const yictSteps = CLEARANCE_PROCEDURES.flatMap((p) => p.steps.filter((s) => s.agencyId === 'yict'));
    expect(within(table).getAllByRole('link', { name: /^Propose a change to/ }).length).toBe(
      Math.min(10, yictSteps.length),
    );
    expect(within(table).queryByText('Import declaration')).toBeNull();
  });

  it('shows the single-window team every proposal, those waiting for review first', async () => {
    const release = CLEARANCE_PROCEDURES[0]!.steps.find((s) => s.id === 'release')!;
    const tax = CLEARANCE_PROCEDURES[0]!.steps.find((s) => s.id === 'tax-payment')!;
    const body = (step: typeof release) => {
      const { id, agencyId: _agency, ...content } = step;
      return { procedureId: CLEARANCE_PROCEDURES[0]!.id, stepId: id, content, note: `Change ${id}` };
    };
    await apiAs('operator-customs', '/clearance/drafts', { method: 'POST', json: body(tax) });
    const submitted = await apiAs('operator-customs', '/clearance/drafts', { method: 'POST', json: body(release) });
    await apiAs('operator-customs', `/clearance/drafts/${String(submitted.id)}/submit`, { method: 'POST' });
    renderClearanceGuide(ManagePage, { locale: 'en', user: 'admin', url: '/clearance/manage' });
    const table = await screen.findByRole('table', { name: 'All proposals (waiting for review first)' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByText(/In review|Draft/).textContent)).toEqual(['In review', 'Draft']);
    expect(screen.queryByRole('table', { name: "Your agency's steps" })).toBeNull();
  });

  it('asks the public to sign in', async () => {
    renderClearanceGuide(ManagePage, { locale: 'zh-CN', url: '/clearance/manage' });
    expect(await screen.findByText('请以口岸单位操作员或单一窗口团队身份登录')).toBeTruthy();
  });
});
