import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setupMockApi } from '../../testing/mockApi.ts';
import { renderClearanceGuide } from '../../testing/renderClearanceGuide.tsx';
import { ComparePage } from './ComparePage.tsx';

setupMockApi();

describe('ComparePage', () => {
  it('shows what the advance declaration changes and the time it saves', async () => {
    renderClearanceGuide(ComparePage, {
      locale: 'en',
      url: '/clearance/compare?a=yantian-sea-import-standard&b=yantian-sea-import-advance',
    });
    expect(await screen.findByText(/^The second way saves about/)).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Steps compared' });
    const row = (title: string) =>
      within(table)
        .getAllByRole('row')
        .find((r) => within(r).queryAllByText(title).length > 0)!;
    expect(within(row('Advance import declaration')).getByText('Changed')).toBeTruthy();
    expect(within(row('Ship-side direct lift')).getByText(/times/)).toBeTruthy();
    expect(within(row('Inbound manifest filing')).getByText('Same')).toBeTruthy();
  });

  it('asks for two procedures when the link names fewer', async () => {
    renderClearanceGuide(ComparePage, { locale: 'zh-CN', url: '/clearance/compare?a=yantian-sea-import-standard' });
    expect(await screen.findByText(/请选择两个流程进行对比/)).toBeTruthy();
  });
});
