import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setupMockApi } from '../../testing/mockApi.ts';
import { renderModuleAt } from '../../testing/renderServiceTimes.tsx';

setupMockApi();

const standardsTable = () => screen.findByRole('table', { name: /公布的作业时限$/ });
const rowOf = (operation: string) => screen.getByRole('rowheader', { name: new RegExp(operation) }).closest('tr')!;

describe('TerminalPage', () => {
  it('shows a terminal’s contacts and published standards, a scheduled change and a missing one', async () => {
    renderModuleAt('/service-times/terminals/yict');
    await standardsTable();
    expect(screen.getByRole('link', { name: '0755-2529 0101' }).getAttribute('href')).toBe('tel:0755-25290101');
    const pickup = within(rowOf('货方提箱'));
    expect(pickup.getByText('30分钟')).toBeTruthy();
    expect(pickup.getByText('自车辆进闸起计')).toBeTruthy();
    expect(pickup.getByText('2027年1月1日起：25分钟，按时完成率 95%')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /发布/ })).toBeNull(); // the public only reads
  });

  it('marks a required standard never published', async () => {
    renderModuleAt('/service-times/terminals/dcb', { locale: 'en' });
    await screen.findByRole('table', { name: /published by/ });
    const pickup = screen.getByRole('rowheader', { name: /Cargo pick-up/ }).closest('tr')!;
    expect(within(pickup).getByText('Not published (due Jun 30, 2019)')).toBeTruthy();
  });

  it('opens every version of a standard with what each changed', async () => {
    renderModuleAt('/service-times/terminals/yict');
    await standardsTable();
    fireEvent.click(within(rowOf('货方提箱')).getByRole('button', { name: '货方提箱标准的历次版本' }));
    const drawer = await screen.findByRole('dialog');
    expect(within(drawer).getByText('YICT货方提箱标准：历次版本')).toBeTruthy();
    const versions = await within(drawer).findAllByRole('article');
    expect(versions.map((v) => v.getAttribute('aria-label'))).toEqual(['第 3 版', '第 2 版', '第 1 版']);
    expect(within(versions[1]!).getByText('时限：45分钟 → 30分钟')).toBeTruthy();
    expect(within(versions[1]!).getByText('执行中')).toBeTruthy();
    expect(within(versions[2]!).getByText('首次公布。')).toBeTruthy();
  });

  it('“Report a delay” opens the hotline form through the shell, pre-filled with the terminal and operation', async () => {
    const { host } = renderModuleAt('/service-times/terminals/yict', { locale: 'en' });
    await screen.findByRole('table', { name: /published by/ });
    fireEvent.click(screen.getByRole('link', { name: 'Report a delay: Unstuffing at YICT' }));
    expect(host.visited).toEqual(['/hotline']);
    const payload = host.navigation.takePayload('/hotline');
    expect(payload?.prefill).toMatchObject({
      category: 'terminal-times',
      relatedItem: {
        kind: 'terminal-operation',
        id: 'yict/unstuffing',
        label: 'Yantian International Container Terminals (YICT) · Unstuffing',
      },
    });
    expect(payload?.prefill?.description).toContain(
      'Published limit: 2 hours from the start of the booked slot (95% on time)',
    );
  });

  it('lets another terminal’s operator read but not edit, and says why', async () => {
    renderModuleAt('/service-times/terminals/yict', { user: 'operator-sct' });
    await standardsTable();
    expect(screen.getByText(/只有该码头的经营人员或单一窗口工作人员才能修改/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /发布/ })).toBeNull();
    expect(screen.queryByRole('link', { name: '上传逐月履约数据' })).toBeNull();
  });

  it('lets the terminal’s own operator publish a new version, in force today', async () => {
    renderModuleAt('/service-times/terminals/yict', { user: 'operator-yict' });
    await standardsTable();
    fireEvent.click(screen.getByRole('button', { name: '发布新版本：掏箱标准' }));
    const drawer = await screen.findByRole('dialog');
    const commitment = within(drawer).getByRole('spinbutton', { name: '服务承诺' });
    expect(commitment).toHaveProperty('value', '95');
    fireEvent.change(commitment, { target: { value: '97' } });
    fireEvent.click(within(drawer).getByRole('button', { name: /发\s*布/ }));
    await waitFor(() => expect(within(rowOf('掏箱')).getByText('97%')).toBeTruthy());
    expect(within(rowOf('掏箱')).getByText('2小时')).toBeTruthy();
  });

  it('flags the months below the commitment for the operation in the link', async () => {
    renderModuleAt('/service-times/terminals/yict?operation=cargo-pickup');
    expect(await screen.findByText('未达承诺的月份：2025年8月、2026年2月')).toBeTruthy();
    expect(screen.getByText('已报送的 24 个月中，22 个月达到承诺。')).toBeTruthy();
    const table = screen.getByRole('table', { name: '货方提箱逐月数据' });
    const february = within(table).getByRole('rowheader', { name: '2026年2月' }).closest('tr')!;
    expect(within(february).getByText('未达承诺')).toBeTruthy();
  });
});
