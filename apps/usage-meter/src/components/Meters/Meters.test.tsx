import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { USAGE_TARGET } from '@sw/contracts';
import type { RatePoint, RateSeries } from '../../analysis/series.ts';
import { useUsageNames } from '../../format/useUsageNames.ts';
import { renderUsageMeter } from '../../testing/renderUsageMeter.tsx';
import { Meters } from './Meters.tsx';

const point = (month: string, singleWindow: number, total: number, demo = false): RatePoint => ({
  month,
  singleWindow,
  total,
  rate: singleWindow / total,
  demo,
  sources: demo ? [] : ['Shenzhen Customs'],
});

function renderMeters(series: RateSeries[], locale: 'zh-CN' | 'en' = 'en') {
  function WithNames() {
    return <Meters series={series} target={USAGE_TARGET} asOf="2022-02-01T10:00:00+08:00" names={useUsageNames([])} />;
  }
  return renderUsageMeter(WithNames, { locale });
}

describe('Meters', () => {
  it('shows the gap in points and in declarations still outside the single window, never rounding up to 100%', () => {
    renderMeters([
      {
        business: 'goods',
        points: [point('2020-12', 9_000, 10_000), point('2021-12', 99_960, 100_000)],
        incomplete: [],
      },
    ]);
    const card = screen.getByRole('article', { name: 'Goods declaration' });
    expect(within(card).getByText('99.96%')).toBeTruthy();
    expect(within(card).getByText('0.1 percentage points short of the target')).toBeTruthy();
    expect(within(card).getByText('40 declarations that month still made outside the single window')).toBeTruthy();
    expect(within(card).getByText('At the target date (December 2020): 90.0%')).toBeTruthy();
    expect(within(card).getByText('Source: Shenzhen Customs')).toBeTruthy();
    expect(within(card).getByRole('meter').getAttribute('aria-valuetext')).toBe('99.96% in December 2021');
  });

  it('says since when a business has been at 100%, and marks demo values', () => {
    renderMeters(
      [
        {
          business: 'manifest',
          points: [point('2021-10', 9, 10, true), point('2021-11', 10, 10, true), point('2021-12', 5, 5, true)],
          incomplete: [],
        },
      ],
      'zh-CN',
    );
    const card = screen.getByRole('article', { name: '舱单申报' });
    expect(within(card).getByText('自2021年11月起达到 100%')).toBeTruthy();
    expect(within(card).queryByText(/距目标还差/)).toBeNull();
    expect(within(card).getByText('演示数据')).toBeTruthy();
  });

  it('says when there are no figures', () => {
    renderMeters([{ business: 'transport', points: [], incomplete: [] }], 'zh-CN');
    expect(within(screen.getByRole('article', { name: '运输工具申报' })).getByText('暂无数据')).toBeTruthy();
  });
});
