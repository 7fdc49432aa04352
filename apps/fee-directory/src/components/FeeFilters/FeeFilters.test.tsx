import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { FeeQuery } from '@sw/contracts';
import { text } from '../../testing/feeFixture.ts';
import { renderFeeDirectory } from '../../testing/renderFeeDirectory.tsx';
import { FeeFilters } from './FeeFilters.tsx';

const bodies = [
  { id: 'pilot-station', name: text('深圳引航站', '深圳引航站', 'Shenzhen Pilot Station') },
  {
    id: 'yict',
    name: text(
      '盐田国际集装箱码头有限公司',
      '鹽田國際集裝箱碼頭有限公司',
      'Yantian International Container Terminals Ltd.',
    ),
  },
];

function renderFilters(query: FeeQuery, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const onChange = vi.fn<(next: FeeQuery) => void>();
  renderFeeDirectory(() => <FeeFilters query={query} onChange={onChange} chargingBodies={bodies} />, { locale });
  return onChange;
}

describe('FeeFilters', () => {
  it('reports search text as it is typed, and an emptied box as no search', () => {
    const onChange = renderFilters({ q: '引', port: ['yantian'] });
    const box = screen.getByRole('searchbox', { name: '搜索收费项目' });
    fireEvent.change(box, { target: { value: '引航' } });
    expect(onChange).toHaveBeenLastCalledWith({ q: '引航', port: ['yantian'] });
    fireEvent.change(box, { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith({ q: undefined, port: ['yantian'] });
  });

  it('adds a chosen option to its filter', async () => {
    const onChange = renderFilters({ category: ['pilotage'] }, 'en');
    fireEvent.mouseDown(screen.getByLabelText('Charging body'));
    fireEvent.click(await screen.findByTitle('Shenzhen Pilot Station'));
    expect(onChange).toHaveBeenLastCalledWith({ category: ['pilotage'], chargingBody: ['pilot-station'] });
  });

  it("shows the chosen values by name in the reader's language", () => {
    renderFilters({ port: ['huanggang'], status: ['publicised'], pricingType: ['government-set'] });
    const search = within(screen.getByRole('search', { name: '筛选条件' }));
    expect(search.getByText('皇岗口岸')).toBeTruthy();
    expect(search.getByText('公示中')).toBeTruthy();
    expect(search.getByText('政府定价')).toBeTruthy();
  });

  it('clears search and filters but keeps the sorting', () => {
    const onChange = renderFilters({ q: 'x', unit: ['ton'], sort: 'amount', order: 'desc' });
    fireEvent.click(screen.getByRole('button', { name: '清除筛选' }));
    expect(onChange).toHaveBeenLastCalledWith({ sort: 'amount', order: 'desc' });
  });

  it('has nothing to clear when nothing is filtered', () => {
    renderFilters({ sort: 'name' });
    expect(screen.getByRole('button', { name: '清除筛选' })).toHaveProperty('disabled', true);
  });
});
