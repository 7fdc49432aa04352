import { theme } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { timeLimitMinutes, type ServiceStandard, type Terminal } from '@sw/contracts';
import { Chart } from '@sw/ui';
import { isFastest, type ComparisonRow } from '../../compare/comparison.ts';
import { useServiceFormat } from '../../format/useServiceFormat.ts';

interface CompareChartProps {
  terminals: readonly Terminal[];
  row: ComparisonRow;
}

/** One operation's limits as bars, in minutes, the fastest in the success colour. */
export function CompareChart({ terminals, row }: CompareChartProps) {
  const { t } = useTranslation();
  const format = useServiceFormat();
  const { token } = theme.useToken();
  const operation = t(`operations.${row.operation}`);

  const option = useMemo(() => {
    const published = terminals
      .map((terminal) => ({ terminal, standard: row.cells[terminal.id] }))
      .filter((entry): entry is { terminal: Terminal; standard: ServiceStandard } => entry.standard !== undefined);
    return {
      grid: { left: 56, right: 24, top: 32, bottom: 32 },
      tooltip: { trigger: 'item' },
      xAxis: { type: 'category', data: published.map(({ terminal }) => terminal.shortName) },
      yAxis: { type: 'value', name: t('compare.minutes'), nameTextStyle: { align: 'left' } },
      series: [
        {
          type: 'bar',
          barMaxWidth: 48,
          data: published.map(({ terminal, standard }) => ({
            value: timeLimitMinutes(standard.timeLimit),
            name: `${terminal.shortName}: ${format.timeLimit(standard.timeLimit)}`,
            itemStyle: { color: isFastest(row, standard) ? token.colorSuccess : token.colorPrimary },
          })),
          label: {
            show: true,
            position: 'top',
            formatter: ({ dataIndex }: { dataIndex: number }) =>
              format.timeLimit(published[dataIndex]!.standard.timeLimit),
          },
        },
      ],
    };
  }, [terminals, row, t, format, token]);

  return (
    <Chart
      option={option}
      height={300}
      locale={format.chartLocale}
      ariaLabel={t('compare.chartLabel', { operation })}
    />
  );
}
