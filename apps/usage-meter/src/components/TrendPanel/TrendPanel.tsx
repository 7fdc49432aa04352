import { Alert, Table } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { USAGE_BUSINESSES, usageRate, type UsageBusiness, type UsageFigure, type UsageTarget } from '@sw/contracts';
import { Chart, ExportButtons, type ExportColumn } from '@sw/ui';
import type { RatePoint, RateSeries } from '../../analysis/series.ts';
import { trendOption } from '../../charts/chartOptions.ts';
import { useChartLocale } from '../../charts/useChartLocale.ts';
import { useUsageFormat } from '../../format/useUsageFormat.ts';
import type { UsageNames } from '../../format/useUsageNames.ts';
import { ChartPanel } from '../ChartPanel/ChartPanel.tsx';
import { Provenance } from '../Provenance/Provenance.tsx';
import { RevisionHistory } from '../RevisionHistory/RevisionHistory.tsx';

interface TrendPanelProps {
  series: RateSeries[];
  target: UsageTarget;
  asOf: string;
  names: UsageNames;
  scopeLabel: string;
  /** The figures of a single port in scope, to offer each corrected figure's history. */
  portFigures?: readonly UsageFigure[];
}

interface MonthRow {
  month: string;
  points: Partial<Record<UsageBusiness, RatePoint>>;
}

/** Monthly rates of the three businesses with the 100% target and the target date, and the table of them. */
export function TrendPanel({ series, target, asOf, names, scopeLabel, portFigures }: TrendPanelProps) {
  const { t } = useTranslation();
  const format = useUsageFormat();
  const chartLocale = useChartLocale();
  const option = useMemo(
    () =>
      trendOption({
        series,
        names: names.businesses,
        format,
        targetLabel: t('trend.target', { rate: format.rate(target.rate) }),
        targetMonth: target.date.slice(0, 7),
        targetDateLabel: t('trend.targetDate'),
      }),
    [series, names, format, t, target],
  );
  const rows = useMemo<MonthRow[]>(() => {
    const months = [...new Set(series.flatMap((s) => s.points.map((p) => p.month)))].sort().reverse();
    return months.map((month) => ({
      month,
      points: Object.fromEntries(series.map((s) => [s.business, s.points.find((p) => p.month === month)])),
    }));
  }, [series]);
  const figureOf = (business: UsageBusiness, month: string) =>
    portFigures?.find((f) => f.business === business && f.month === month);
  const tableName = t('trend.table', { scope: scopeLabel });
  const exportColumns: ExportColumn<MonthRow>[] = [
    { title: t('columns.month'), value: (row) => row.month },
    ...USAGE_BUSINESSES.flatMap((business): ExportColumn<MonthRow>[] => [
      {
        title: `${names.business(business)} · ${t('columns.singleWindow')}`,
        value: (row) => row.points[business]?.singleWindow,
      },
      { title: `${names.business(business)} · ${t('columns.total')}`, value: (row) => row.points[business]?.total },
      {
        title: `${names.business(business)} · ${t('columns.rate')}`,
        value: (row) => {
          const point = row.points[business];
          return point ? usageRate(point.singleWindow, point.total) : undefined;
        },
      },
    ]),
    {
      title: t('columns.source'),
      value: (row) => sourceText(Object.values(row.points), t('common:demoData'), t('listSeparator')),
    },
  ];
  const incomplete = series.flatMap((s) => s.incomplete.map((gap) => ({ ...gap, business: s.business })));
  const allPoints = series.flatMap((s) => s.points);
  return (
    <ChartPanel
      title={t('trend.heading')}
      actions={
        <ExportButtons
          size="small"
          what={tableName}
          fileName={t('trend.fileName')}
          columns={exportColumns}
          rows={rows}
        />
      }
      chart={
        <Chart
          option={option}
          height={340}
          ariaLabel={t('trend.chartLabel', { scope: scopeLabel })}
          locale={chartLocale}
        />
      }
      table={
        <Table<MonthRow>
          size="small"
          rowKey="month"
          aria-label={tableName}
          dataSource={rows}
          pagination={{ pageSize: 12, showSizeChanger: false, size: 'small' }}
          columns={[
            { title: t('columns.month'), dataIndex: 'month', render: format.month },
            ...USAGE_BUSINESSES.map((business) => ({
              title: names.business(business),
              key: business,
              align: 'right' as const,
              render: (_: unknown, row: MonthRow) => {
                const figure = figureOf(business, row.month);
                return (
                  <>
                    {format.rate(row.points[business]?.rate)}
                    {figure && <RevisionHistory figure={figure} names={names} />}
                  </>
                );
              },
            })),
          ]}
        />
      }
      footer={
        <>
          {incomplete.map((gap) => (
            <Alert
              key={`${gap.business}/${gap.month}`}
              type="info"
              showIcon
              style={{ marginTop: 12 }}
              title={t('trend.incomplete', {
                business: names.business(gap.business),
                month: format.longMonth(gap.month),
                reported: gap.reported,
                expected: gap.expected,
              })}
            />
          ))}
          <Provenance
            asOf={asOf}
            demo={allPoints.some((p) => p.demo)}
            sources={[...new Set(allPoints.flatMap((p) => p.sources))]}
          />
        </>
      }
    />
  );
}

/** "Demo data" or the sources of the figures a row adds up. */
export function sourceText(points: Array<RatePoint | undefined>, demoLabel: string, separator: string): string {
  const present = points.filter((p): p is RatePoint => p !== undefined);
  const sources = [...new Set(present.flatMap((p) => p.sources))];
  return [...(present.some((p) => p.demo) ? [demoLabel] : []), ...sources].join(separator);
}
