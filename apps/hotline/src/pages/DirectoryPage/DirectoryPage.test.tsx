import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import Routes from '../../routes.tsx';
import { setupMockApi } from '../../testing/mockApi.ts';
import { renderHotline } from '../../testing/renderHotline.tsx';

setupMockApi();

describe('DirectoryPage', () => {
  it('publishes the hotlines as dialable links and the chooser picks the line for where the caller is', async () => {
    renderHotline(Routes, { url: '/hotline', locale: 'zh-CN' });
    const customs = await screen.findByRole('link', { name: '12360 · 深圳关区内（深圳、惠州）' });
    expect(customs.getAttribute('href')).toBe('tel:12360');
    expect(customs.getAttribute('aria-describedby')).toBeTruthy(); // described by the line's name
    expect(screen.getByRole('link', { name: '0755-12360 · 内地其他地区' }).getAttribute('href')).toBe(
      'tel:+8675512360',
    );
    expect(screen.getByRole('link', { name: /^95198 · / }).getAttribute('href')).toBe('tel:95198');
    expect(screen.getAllByText('部分信息为演示数据').length).toBeGreaterThan(0);

    const chooser = screen.getByRole('heading', { name: '我的问题该打哪条热线？' }).closest('.sw-card') as HTMLElement;
    fireEvent.click(within(chooser).getByRole('radio', { name: '通关流程' }));
    fireEvent.click(within(chooser).getByRole('radio', { name: '内地其他地区' }));
    const dial = within(chooser).getAllByRole('link');
    expect(dial[0]?.textContent).toBe('0755-12360'); // the customs line first, dialled from elsewhere
    expect(dial.map((link) => link.textContent)).toContain('95198');

    fireEvent.click(within(chooser).getByRole('radio', { name: '香港、澳门或境外' }));
    fireEvent.click(within(chooser).getByRole('radio', { name: '口岸收费' }));
    expect(within(chooser).getByText(/在该地区无法拨打处理此类问题的热线/)).toBeTruthy();
    fireEvent.click(within(chooser).getByRole('button', { name: '在线提交' }));
    expect(await screen.findByRole('form', { name: '投诉表单' })).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('radio', { name: '口岸收费' })).toHaveProperty('checked', true));
  });
});
