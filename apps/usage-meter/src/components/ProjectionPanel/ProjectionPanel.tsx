import { Segmented, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { USAGE_BUSINESSES, type UsageBusiness } from '@sw/contracts';
import { Chart, ExportButtons, type ExportColumn } from '@sw/ui';
import { PROJECTION_WINDOW, projectFullAdoption, projectionLine, type Projection } from '../../analysis/projection.ts';
import type { RateSeries } from '../../analysis/series.ts';
import { projectionOption } from '../../charts/chartOptions.ts';
import { useChartLocale } from '../../charts/useChartLocale.ts';
import { useUsageFormat, type UsageFormat } from '../../format/useUsageFormat.ts';
import type { UsageNames } from '../../format/useUsageNames.ts';
import { ChartPanel } from '../ChartPanel/ChartPanel.tsx';
import { Provenance } from '../Provenance/Provenance.tsx';

interface ProjectionPanelProps {
  series: RateSeries[];
  business: UsageBusiness;
  onBusinessChange(business: UsageBusiness): void;
  asOf: string;
  names: UsageNames;
  scopeLabel: string;
}

interface ProjectionRow {
  business: UsageBusiness;
  latest: number | undefined;
  projection: Projection;
}

type T = ReturnType<typeof useTranslation>['t'];

/** The projection in words: reached, a month with its range, not rising, or too little history. */
export function describeProjection(projection: Projection, t: T, format: UsageFormat): { when: string; range: string } {
  switch (projection.status) {
    case 'reached':
      return { when: t('projection.reached', { month: format.longMonth(projection.since) }), range: '–' };
    case 'insufficient':
      return { when: t('projection.insufficient', { needed: projection.needed }), range: '–' };
    case 'not-rising':
      return { when: t('projection.notRising'), range: '–' };
    case 'projected': {
      const earliest = projection.earliest ? format.longMonth(projection.earliest) : undefined;
      const latest = projection.latest ? format.longMonth(projection.latest) : undefined;
      let range = '–';
      if (earliest && latest) range = earliest === latest ? earliest : t('projection.range', { earliest, latest });
      else if (earliest) range = t('projection.rangeOpen', { earliest });
      return { when: format.longMonth(projection.month!), range };
    }
  }
}

/** When each business reaches 100% at the current pace, with the method and a range. */
export function ProjectionPanel({ series, business, onBusinessChange, asOf, names, scopeLabel }: ProjectionPanelProps) {
  const { t } = useTranslation();
  const format = useUsageFormat();
  const chartLocale = useChartLocale();
  const rows = useMemo<ProjectionRow[]>(
    () =>
      series.map((s) => ({
        business: s.business,
        latest: s.points.at(-1)?.rate,
        projection: projectFullAdoption(s.points),
      })),
    [series],
  );
  const focused = series.find((s) => s.business === business)!;
  const focusedRow = rows.find((row) => row.business === business)!;
  const option = useMemo(() => {
    const { range } = describeProjection(focusedRow.projection, t, format);
    return projectionOption({
      points: focused.points,
      line: projectionLine(focused.points, focusedRow.projection),
      projection: focusedRow.projection,
      format,
      labels: {
        actual: t('projection.actual'),
        projected: t('projection.projected'),
        range: t('projection.rangeLabel', { range }),
        target: t('trend.target', { rate: format.rate(1) }),
      },
    });
  }, [focused, focusedRow, format, t]);
  const fitted =
    focusedRow.projection.status === 'projected' || focusedRow.projection.status === 'not-rising'
      ? focusedRow.projection
      : undefined;
  const tableName = t('projection.table', { scope: scopeLabel });
  const exportColumns: ExportColumn<ProjectionRow>[] = [
    { title: t('columns.business'), value: (row) => names.business(row.business) },
    { title: t('projection.latest'), value: (row) => row.latest },
    {
      title: t('projection.pace'),
      value: (row) => ('pace' in row.projection ? Math.round(row.projection.pace * 100000) / 1000 : undefined),
    },
    { title: t('projection.when'), value: (row) => describeProjection(row.projection, t, format).when },
    { title: t('projection.rangeColumn'), value: (row) => describeProjection(row.projection, t, format).range },
  ];
  return (
    <ChartPanel
      title={t('projection.heading')}
      controls={
        <Segmented
          aria-label={t('projection.business')}
          value={business}
          options={USAGE_BUSINESSES.map((b) => ({ value: b, label: names.business(b) }))}
          onChange={(value) => onBusinessChange(value as UsageBusiness)}
        />
      }
      actions={
        <ExportButtons
          size="small"
          what={tableName}
          fileName={t('projection.fileName')}
          columns={exportColumns}
          rows={rows}
        />
      }
      chart={
        <Chart
          option={option}
          height={320}
          ariaLabel={t('projection.chartLabel', { business: names.business(business), scope: scopeLabel })}
          locale={chartLocale}
        />
      }
      table={
        <Table<ProjectionRow>
          size="small"
          rowKey="business"
          aria-label={tableName}
          dataSource={rows}
          pagination={false}
          columns={[
            { title: t('columns.business'), dataIndex: 'business', render: (b: UsageBusiness) => names.business(b) },
            { title: t('projection.latest'), dataIndex: 'latest', align: 'right', render: format.rate },
            {
              title: t('projection.pace'),
              key: 'pace',
              align: 'right',
              render: (_: unknown, row) =>
                'pace' in row.projection
                  ? t('projection.paceValue', { points: format.pointsChange(row.projection.pace) })
                  : '–',
            },
            {
              title: t('projection.when'),
              key: 'when',
              render: (_: unknown, row) => describeProjection(row.projection, t, format).when,
            },
            {
              title: t('projection.rangeColumn'),
              key: 'range',
              render: (_: unknown, row) => describeProjection(row.projection, t, format).range,
            },
          ]}
        />
      }
      footer={
        <>
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0, fontSize: 13 }}>
            {t('projection.method', {
              window: PROJECTION_WINDOW,
              from: fitted ? format.longMonth(fitted.from) : '–',
              to: fitted ? format.longMonth(fitted.to) : '–',
            })}
          </Typography.Paragraph>
          <Provenance
            asOf={asOf}
            demo={focused.points.some((p) => p.demo)}
            sources={[...new Set(focused.points.flatMap((p) => p.sources))]}
          />
        </>
      }
    />
  );
}
