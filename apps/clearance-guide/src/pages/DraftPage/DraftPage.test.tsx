import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CLEARANCE_PROCEDURES } from '@sw/mocks';
import { setupMockApi } from '../../testing/mockApi.ts';
import { apiAs, renderClearanceGuide } from '../../testing/renderClearanceGuide.tsx';
import { DraftPage } from './DraftPage.tsx';

setupMockApi();

const PROCEDURE = 'yantian-sea-import-standard';
const release = CLEARANCE_PROCEDURES.find((p) => p.id === PROCEDURE)!.steps.find((s) => s.id === 'release')!;

/** A customs proposal for the release step, submitted and sent back by the single-window team. */
async function rejectedDraft(comment: string) {
  const { id: _id, agencyId: _agency, ...content } = release;
  const draft = await apiAs('operator-customs', '/clearance/drafts', {
    method: 'POST',
    json: { procedureId: PROCEDURE, stepId: 'release', content, note: 'Release within 1 h' },
  });
  await apiAs('operator-customs', `/clearance/drafts/${String(draft.id)}/submit`, { method: 'POST' });
  await apiAs('admin', `/clearance/drafts/${String(draft.id)}/review`, {
    method: 'POST',
    json: { decision: 'reject', comment },
  });
  return String(draft.id);
}

describe('DraftPage', () => {
  it("refuses an agency another agency's step", async () => {
    renderClearanceGuide(DraftPage, {
      locale: 'en',
      user: 'operator-yict',
      url: `/clearance/manage/new?procedure=${PROCEDURE}&step=declaration`,
    });
    expect(await screen.findByText("You may only propose changes to your own agency's steps.")).toBeTruthy();
    expect(screen.getByText('This step is run by Shenzhen Customs.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save draft' })).toBeNull();
  });

  it('shows invalid fields in the reader’s language beside them, keeps what was typed, then saves', async () => {
    const { host } = renderClearanceGuide(DraftPage, {
      locale: 'zh-CN',
      user: 'operator-customs',
      url: `/clearance/manage/new?procedure=${PROCEDURE}&step=release`,
    });
    const phone = await screen.findByRole('textbox', { name: '电话' });
    fireEvent.change(phone, { target: { value: 'call us' } });
    fireEvent.click(screen.getByRole('button', { name: '保存草稿' }));
    expect(await screen.findByText('请输入电话号码：数字、空格、+、-、( 和 )。')).toBeTruthy();
    expect(screen.getByText('必填。')).toBeTruthy(); // the change note
    expect(screen.getByRole('alert').textContent).toContain('有 2 处需要修改');
    expect(phone).toHaveProperty('value', 'call us');

    fireEvent.change(phone, { target: { value: '12360' } });
    fireEvent.change(screen.getByRole('textbox', { name: '修改内容及理由' }), {
      target: { value: '放行时限缩短为 1 小时' },
    });
    fireEvent.click(screen.getByRole('button', { name: '保存草稿' }));
    await waitFor(() => expect(host.visited.at(-1)).toMatch(/^\/clearance\/manage\/drafts\/draft-\d+$/));
  }, 60_000); // the whole step form in three languages renders slowly in happy-dom

  it("shows the reviewer's comment on a rejected proposal, which the agency can edit again", async () => {
    const id = await rejectedDraft('Please name the unit that releases at night.');
    renderClearanceGuide(() => <DraftPage id={id} />, {
      locale: 'en',
      user: 'operator-customs',
      url: `/clearance/manage/drafts/${id}`,
    });
    expect(await screen.findByText('Please name the unit that releases at night.')).toBeTruthy();
    expect(screen.getByText('Sent back')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save and submit for review' })).toBeTruthy();
  });

  it('lets the single-window team reject only with a comment', async () => {
    const { id: _id, agencyId: _agency, ...content } = release;
    const draft = await apiAs('operator-customs', '/clearance/drafts', {
      method: 'POST',
      json: { procedureId: PROCEDURE, stepId: 'release', content, note: 'Release within 1 h' },
    });
    const id = String(draft.id);
    await apiAs('operator-customs', `/clearance/drafts/${id}/submit`, { method: 'POST' });
    renderClearanceGuide(() => <DraftPage id={id} />, {
      locale: 'en',
      user: 'admin',
      url: `/clearance/manage/drafts/${id}`,
    });
    const panel = (await screen.findByText('Review')).closest('.sw-card') as HTMLElement;
    fireEvent.click(within(panel).getByRole('button', { name: 'Send back' }));
    expect(
      await within(panel).findAllByText('Say why it is sent back, so the agency can correct it.'),
    ).not.toHaveLength(0);
    fireEvent.click(within(panel).getByRole('button', { name: 'Approve and publish' }));
    expect(await screen.findByText('Published')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'View version 2' })).toBeTruthy();
  });
});
