import { Alert, Empty, Flex, Segmented, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { serviceOperationSchema, type MonthlyActual, type ServiceStandard, type Terminal } from '@sw/contracts';
import { ExportButtons, type ExportColumn } from '@sw/ui';
import { LoadError } from '@sw/module-kit';
import { useActuals } from '../../api/useActuals.ts';
import { lastMonths } from '../../compare/lastMonths.ts';
import { useServiceFormat } from '../../format/useServiceFormat.ts';
import { useSearchParam } from '../../routing/useSearchParam.ts';
import { Loading } from '../Loading/Loading.tsx';
import { PerformanceChart } from '../PerformanceChart/PerformanceChart.tsx';
import { PERFORMANCE_PERIODS, performancePeriod } from './performancePeriod.ts';
import { ReportDelayLink } from '../ReportDelayLink/ReportDelayLink.tsx';

interface PerformanceSectionProps {
  terminal: Terminal;
  /** The terminal's standards in force, one per operation. */
  standards: readonly ServiceStandard[];
}

/** A terminal's monthly performance against its commitments: one operation at a time, over 12 or 24 months. */
export function PerformanceSection({ terminal, standards }: PerformanceSectionProps) {
  const { t } = useTranslation();
  const format = useServiceFormat();
  const titleId = useId();
  const [operationParam, setOperation] = useSearchParam('operation');
  const [periodParam, setPeriod] = useSearchParam('months');
  const period = performancePeriod(periodParam);
  const range = useMemo(() => lastMonths(Number(period)), [period]);
  const actuals = useActuals({ terminal: terminal.id, ...range });

  const chosen = serviceOperationSchema.safeParse(operationParam).data;
  const standard = standards.find((s) => s.operation === chosen) ?? standards[0];
  const months = useMemo(
    () => (actuals.data?.items ?? []).filter((m) => m.operation === standard?.operation),
    [actuals.data, standard],
  );
  const below = months.filter((m) => m.belowCommitment);
  const operation = standard ? t(`operations.${standard.operation}`) : '';

  const columns: TableColumnsType<MonthlyActual> = [
    { key: 'month', title: t('performance.month'), rowScope: 'row', render: (_, m) => format.month(m.month) },
    { key: 'handled', title: t('performance.handled'), align: 'end', render: (_, m) => format.count(m.handled) },
    {
      key: 'within',
      title: t('performance.actual'),
      align: 'end',
      render: (_, m) => format.percent(m.withinLimitPercent),
    },
    {
      key: 'committed',
      title: t('performance.committed'),
      align: 'end',
      render: (_, m) => (m.committedPercent === undefined ? '—' : format.percent(m.committedPercent)),
    },
    {
      key: 'result',
      title: t('performance.result'),
      render: (_, m) =>
        m.belowCommitment ? (
          <Tag color="error">{t('performance.below')}</Tag>
        ) : (
          <Tag color="success">{t('performance.met')}</Tag>
        ),
    },
  ];
  const exportColumns: ExportColumn<MonthlyActual>[] = [
    { title: t('performance.month'), value: (m) => m.month },
    { title: t('performance.handled'), value: (m) => m.handled },
    { title: t('performance.actual'), value: (m) => m.withinLimitPercent },
    { title: t('performance.committed'), value: (m) => m.committedPercent },
    { title: t('performance.result'), value: (m) => t(m.belowCommitment ? 'performance.below' : 'performance.met') },
  ];

  let body;
  if (!standard) body = <Empty description={t('performance.noStandards')} />;
  else if (actuals.isError) {
    body = (
      <LoadError
        title={t('performance.loadError')}
        error={actuals.error}
        onRetry={() => void actuals.refetch()}
        retrying={actuals.isFetching}
      />
    );
  } else if (!actuals.data) body = <Loading retrying={actuals.failureCount > 0} />;
  else if (!months.length) body = <Empty description={t('performance.noMonths')} />;
  else {
    body = (
      <>
        <Typography.Paragraph role="status">
          {t('performance.summary', { met: months.length - below.length, reported: months.length })}
        </Typography.Paragraph>
        {below.length > 0 && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('performance.belowList', {
              months: below.map((m) => format.month(m.month)).join(t('listSeparator')),
            })}
            action={<ReportDelayLink terminal={terminal} standard={standard} />}
          />
        )}
        <PerformanceChart
          months={months}
          ariaLabel={t('performance.chartLabel', { operation, terminal: terminal.shortName })}
        />
        <Flex justify="flex-end" style={{ margin: '12px 0' }}>
          <ExportButtons
            fileName={`${terminal.shortName}-${standard.operation}`}
            columns={exportColumns}
            rows={months}
            what={t('performance.tableLabel', { operation })}
          />
        </Flex>
        <Table<MonthlyActual>
          rowKey="month"
          aria-label={t('performance.tableLabel', { operation })}
          columns={columns}
          dataSource={[...months].reverse()}
          size="small"
          pagination={{ pageSize: 12, hideOnSinglePage: true }}
          onRow={(m) => (m.belowCommitment ? { style: { fontWeight: 600 } } : {})}
        />
      </>
    );
  }

  return (
    <section aria-labelledby={titleId} style={{ marginTop: 32 }}>
      <Flex wrap gap={12} align="center" justify="space-between" style={{ marginBottom: 12 }}>
        <Typography.Title level={4} id={titleId} style={{ margin: 0 }}>
          {t('performance.title')}
        </Typography.Title>
        {standard && (
          <Flex wrap gap={12}>
            <Select
              aria-label={t('performance.operation')}
              style={{ minWidth: 200 }}
              value={standard.operation}
              options={standards.map((s) => ({ value: s.operation, label: t(`operations.${s.operation}`) }))}
              onChange={(value) => setOperation(value)}
            />
            <Segmented
              aria-label={t('performance.period')}
              value={period}
              options={PERFORMANCE_PERIODS.map((p) => ({
                value: p,
                label: t('performance.months', { count: Number(p) }),
              }))}
              onChange={(value) => setPeriod(value === '24' ? undefined : value)}
            />
          </Flex>
        )}
      </Flex>
      {body}
    </section>
  );
}
