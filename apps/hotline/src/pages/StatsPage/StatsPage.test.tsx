import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import Routes from '../../routes.tsx';
import { setupMockApi } from '../../testing/mockApi.ts';
import { createTestHost } from '@sw/module-kit/testing';
import { renderHotline, signIn } from '../../testing/renderHotline.tsx';

setupMockApi();

describe('StatsPage', () => {
  it('counts the admin’s tickets per month, category and unit, with exports', async () => {
    const host = createTestHost('zh-CN');
    await signIn(host, 'admin');
    renderHotline(Routes, { host, url: '/hotline/staff/stats' });
    const table = await screen.findByRole('table', { name: '按月份、事项和办理单位统计的工单' });
    await waitFor(() => expect(within(table).getAllByRole('row').length).toBeGreaterThan(2));
    expect(within(table).getAllByText('深圳海关').length).toBeGreaterThan(0);
    expect(screen.getByRole('img', { name: '每月受理工单数，按事项堆叠' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /CSV/ })).toHaveProperty('disabled', false);
  });
});
