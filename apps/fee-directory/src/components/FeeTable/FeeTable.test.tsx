import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { makeFee, text } from '../../testing/feeFixture.ts';
import { renderFeeDirectory } from '../../testing/renderFeeDirectory.tsx';
import { FeeTable, type FeeSort } from './FeeTable.tsx';

const sourced = makeFee({
  id: 'fee-pilotage',
  code: 'PI-001',
  name: text('引航费', '引航費', 'Pilotage'),
  standard: {
    kind: 'formula',
    formula: text('基准费率的85%', '基準費率的85%', '85% of the base rate'),
    currency: 'CNY',
  },
  unit: 'trip',
  pricingType: 'government-guided',
  legalBasis: {
    title: text('减并港口收费通知', '減併港口收費通知', 'Notice on reducing port charges'),
    url: 'https://www.gov.cn/notice',
  },
  ports: ['shekou', 'chiwan'],
  status: 'publicised',
  source: 'MOT/NDRC notice, 2022',
  demo: false,
});
const demo = makeFee();

function renderTable(
  props: { sort?: FeeSort; onSortChange?: (sort: FeeSort | undefined) => void } = {},
  locale: 'zh-CN' | 'en' = 'zh-CN',
) {
  return renderFeeDirectory(
    () => (
      <FeeTable
        items={[sourced, demo]}
        sort={props.sort}
        onSortChange={props.onSortChange ?? (() => {})}
        emptyText="nothing"
      />
    ),
    { locale },
  );
}

const rowOf = (name: string) => screen.getByText(name).closest<HTMLElement>('[role="row"]')!;

describe('FeeTable', () => {
  it("shows every published detail of an item in the reader's language", () => {
    renderTable({}, 'en');
    const row = within(rowOf('Pilotage'));
    expect(row.getByText('PI-001')).toBeTruthy();
    expect(row.getByText('85% of the base rate')).toBeTruthy();
    expect(row.getByText('trip')).toBeTruthy();
    expect(row.getByText('Government-guided')).toBeTruthy();
    expect(row.getByText('Shekou Port, Chiwan Port')).toBeTruthy();
    expect(row.getByText('Apr 1, 2022')).toBeTruthy();
    expect(row.getByText('Under publicity')).toBeTruthy();
    const basis = row.getByRole('link', { name: 'Notice on reducing port charges' });
    expect(basis.getAttribute('href')).toBe('https://www.gov.cn/notice');
    expect(basis.getAttribute('rel')).toContain('noopener');
  });

  it('marks demo values and links only legal bases that have an address', () => {
    renderTable();
    expect(within(rowOf('引航费')).queryByText('演示数据')).toBeNull();
    const demoRow = within(rowOf('码头作业费（测试）'));
    expect(demoRow.getByText('演示数据')).toBeTruthy();
    expect(demoRow.getByText('《港口收费计费办法》')).toBeTruthy();
    expect(demoRow.queryByRole('link', { name: '《港口收费计费办法》' })).toBeNull();
    expect(demoRow.getByText('¥1,280.00')).toBeTruthy();
  });

  it('links each item to its own page', () => {
    renderTable({}, 'en');
    const link = within(rowOf('Pilotage')).getByRole('link', { name: 'Pilotage' });
    expect(link.getAttribute('href')).toBe('/fees/fee-pilotage');
  });

  it('renders only the rows in view of a long list, announcing the full count', () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      makeFee({ id: `fee-${i}`, code: `C-${i}`, name: text(`项目${i}`, `項目${i}`, `Item ${i}`) }),
    );
    renderFeeDirectory(() => <FeeTable items={many} sort={undefined} onSortChange={() => {}} emptyText="nothing" />);
    const table = screen.getByRole('table');
    expect(table.getAttribute('aria-rowcount')).toBe('5001');
    const rendered = within(table).getAllByRole('row').length;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(60);
    expect(screen.getByText('项目0')).toBeTruthy();
    expect(screen.queryByText('项目4999')).toBeNull();
  });

  it('asks the page to sort when a sortable header is clicked', () => {
    const onSortChange = vi.fn();
    renderTable({ sort: { key: 'amount', order: 'asc' }, onSortChange });
    expect(screen.getByRole('columnheader', { name: /收费标准/ }).getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(screen.getByRole('button', { name: /收费标准/ }));
    expect(onSortChange).toHaveBeenLastCalledWith({ key: 'amount', order: 'desc' });
    fireEvent.click(screen.getByRole('button', { name: /生效日期/ }));
    expect(onSortChange).toHaveBeenLastCalledWith({ key: 'effectiveFrom', order: 'asc' });
  });
});
