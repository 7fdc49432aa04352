import { theme } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MonthlyActual } from '@sw/contracts';
import { Chart } from '@sw/ui';
import { useServiceFormat } from '../../format/useServiceFormat.ts';

interface PerformanceChartProps {
  months: readonly MonthlyActual[];
  /** What the chart shows, for screen readers (the table beside it has the figures). */
  ariaLabel: string;
}

/** Share within the limit per month against the committed share; months that fell short in red. */
export function PerformanceChart({ months, ariaLabel }: PerformanceChartProps) {
  const { t } = useTranslation();
  const format = useServiceFormat();
  const { token } = theme.useToken();

  const option = useMemo(() => {
    const values = months.flatMap((m) => [m.withinLimitPercent, m.committedPercent ?? 100]);
    const floor = Math.max(0, Math.floor(Math.min(...values, 100) - 2));
    return {
      grid: { left: 48, right: 24, top: 40, bottom: 40 },
      legend: { top: 0 },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (value: number) => format.percent(value),
      },
      xAxis: { type: 'category', data: months.map((m) => format.month(m.month)) },
      yAxis: {
        type: 'value',
        min: floor,
        max: 100,
        axisLabel: { formatter: (value: number) => format.percent(value) },
      },
      series: [
        {
          name: t('performance.actual'),
          type: 'line',
          data: months.map((m) => ({
            value: m.withinLimitPercent,
            symbolSize: m.belowCommitment ? 10 : 5,
            itemStyle: { color: m.belowCommitment ? token.colorError : token.colorPrimary },
          })),
          lineStyle: { color: token.colorPrimary },
          itemStyle: { color: token.colorPrimary },
        },
        {
          name: t('performance.committed'),
          type: 'line',
          step: 'end',
          symbol: 'none',
          data: months.map((m) => m.committedPercent ?? null),
          lineStyle: { type: 'dashed', color: token.colorTextSecondary },
          itemStyle: { color: token.colorTextSecondary },
        },
      ],
    };
  }, [months, t, format, token]);

  return <Chart option={option} height={320} locale={format.chartLocale} ariaLabel={ariaLabel} />;
}
